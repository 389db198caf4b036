package vn.cchcflow.organisation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A commune or ward (xã/phường): one Camunda tenant, described by one file in {@code communes/}.
 * Group ids follow {@link UnitGroups}.
 */
public record Commune(String id, String name, String province, String coordinatingUnit,
                      List<Unit> units, List<Person> leaders, ReminderSettings reminders,
                      DirectoryGroups directoryGroups) {

  public Commune {
    units = units == null ? List.of() : List.copyOf(units);
    leaders = leaders == null ? List.of() : List.copyOf(leaders);
  }

  public Commune(String id, String name, String province, String coordinatingUnit, List<Unit> units,
                 List<Person> leaders) {
    this(id, name, province, coordinatingUnit, units, leaders, null, null);
  }

  public Commune(String id, String name, String province, String coordinatingUnit, List<Unit> units,
                 List<Person> leaders, ReminderSettings reminders) {
    this(id, name, province, coordinatingUnit, units, leaders, reminders, null);
  }

  public Optional<Unit> unit(String codeOrName) {
    return units.stream().filter(u -> u.isNamedBy(codeOrName)).findFirst();
  }

  public Unit coordinating() {
    return unit(coordinatingUnit).orElseThrow();
  }

  /** The chair of the People's Committee: the leader titled "Chủ tịch …" (not "Phó"), else the first leader. */
  public Optional<Person> chair() {
    return leaders.stream().filter(p -> p.title() != null && p.title().strip().startsWith("Chủ tịch")).findFirst()
        .or(() -> leaders.stream().findFirst());
  }

  /** The leader in charge of a unit (Phó Chủ tịch phụ trách); the chair when the file names none. */
  public Optional<Person> leaderInChargeOf(String unitCode) {
    return leaders.stream().filter(p -> p.oversees().contains(unitCode)).findFirst().or(this::chair);
  }

  /** Everyone of the commune: unit heads, officers and leaders. */
  public Stream<Person> people() {
    return Stream.concat(
        units.stream().flatMap(u -> Stream.concat(Stream.ofNullable(u.head()), u.officers().stream())),
        leaders.stream());
  }
}
