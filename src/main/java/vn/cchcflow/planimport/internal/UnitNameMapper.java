package vn.cchcflow.planimport.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.ExternalBodies;
import vn.cchcflow.organisation.Unit;

/**
 * Reads a unit cell ("- Các phòng chuyên môn; - Trung tâm Phục vụ hành chính công.") into the commune's
 * unit codes. Generic phrases stand for a defined set: "các phòng chuyên môn" = the commune's Phòng and
 * Văn phòng units; "các cơ quan, đơn vị (liên quan)", "các phòng, cơ quan liên quan", "cơ quan nhà nước…"
 * = every unit. Outside bodies are kept as written; a name that fits nothing is kept and reported.
 */
final class UnitNameMapper {

  private UnitNameMapper() {
  }

  /** Result for one cell: unit codes and outside bodies (as written) in order, and names that fit nothing. */
  record Mapped(List<String> names, List<String> unmatched) {
  }

  /** Splits a cell into names: one per line, per ';', per "- " bullet. Commas stay (they live inside names). */
  static List<String> split(String cell) {
    List<String> names = new ArrayList<>();
    for (String part : cell.split("\\n|;|(?<=\\.)\\s+-\\s+|^-\\s+")) {
      String name = part.strip().replaceFirst("^-\\s*", "").replaceAll("[.;,:\\s]+$", "").strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  static Mapped map(String cell, Commune commune) {
    Set<String> names = new LinkedHashSet<>();
    List<String> unmatched = new ArrayList<>();
    for (String name : split(cell)) {
      if (commune == null) {
        names.add(name);
        continue;
      }
      Optional<Unit> unit = commune.unit(name);
      List<Unit> set = unit.isPresent() ? List.of(unit.get()) : genericSet(name, commune);
      if (!set.isEmpty()) {
        set.forEach(u -> names.add(u.code()));
      } else if (ExternalBodies.isExternal(name)) {
        names.add(name);
      } else {
        names.add(name);
        unmatched.add(name);
      }
    }
    return new Mapped(List.copyOf(names), unmatched);
  }

  /** The units a generic phrase stands for, or none when the phrase is not generic. */
  static List<Unit> genericSet(String name, Commune commune) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    if (n.contains("ngành dọc")) {
      return List.of();
    }
    boolean offices = n.contains("phòng chuyên môn");
    boolean everyone = n.startsWith("cơ quan nhà nước") || n.contains("các cơ quan") || n.contains("các đơn vị")
        || n.contains("đơn vị liên quan") || n.contains("đơn vị có liên quan") || n.contains("cơ quan liên quan")
        || n.contains("các phòng, cơ quan") || n.equals("các phòng, ban") || n.contains("cơ quan, đơn vị");
    if (everyone) {
      return commune.units();
    }
    if (offices) {
      return commune.units().stream()
          .filter(u -> u.name().startsWith("Phòng") || u.name().startsWith("Văn phòng")).toList();
    }
    return List.of();
  }
}
