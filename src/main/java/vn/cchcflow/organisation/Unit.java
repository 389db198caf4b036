package vn.cchcflow.organisation;

import java.util.List;

/** A unit (phòng, văn phòng, trung tâm) of a commune, with its head and officers. */
public record Unit(String code, String name, List<String> aliases, Person head, List<Person> officers) {

  public Unit {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    officers = officers == null ? List.of() : List.copyOf(officers);
  }

  /** True when the text names this unit by code, name or alias, ignoring case, dashes and "xã" suffixes. */
  public boolean isNamedBy(String text) {
    String wanted = UnitNames.normalise(text);
    if (wanted.equals(UnitNames.normalise(code)) || wanted.equals(UnitNames.normalise(name))) {
      return true;
    }
    return aliases.stream().anyMatch(alias -> wanted.equals(UnitNames.normalise(alias)));
  }
}
