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

  /**
   * Result for one cell: unit codes and outside bodies (as written) in order, names that fit nothing, and
   * which of the names the cell states explicitly (a unit by its name, an outside body) rather than through
   * a catch-all ("các phòng chuyên môn", "các cơ quan, đơn vị liên quan").
   */
  record Mapped(List<String> names, List<String> unmatched, Set<String> explicit) {

    Mapped(List<String> names, List<String> unmatched) {
      this(names, unmatched, new LinkedHashSet<>(names));
    }
  }

  /** Lead and support of one task, each unit in the role the document gives it. */
  record Roles(Mapped leads, Mapped supports, List<String> leadUnits, List<String> supportUnits) {
  }

  /**
   * Reads the lead and support cells together. A unit named explicitly keeps the role of the column it is
   * named in, whatever catch-all stands in the other column: "Các phòng chuyên môn, các cơ quan, đơn vị liên
   * quan" as lead with "Trung tâm Phục vụ hành chính công" as support makes the Trung tâm support only. A
   * unit named explicitly in both columns leads.
   */
  static Roles roles(String leadCell, String supportCell, Commune commune) {
    Mapped leads = map(leadCell, commune);
    Mapped supports = map(supportCell, commune);
    List<String> leadUnits = leads.names().stream()
        .filter(n -> leads.explicit().contains(n) || !supports.explicit().contains(n)).toList();
    List<String> supportUnits = supports.names().stream().filter(n -> !leadUnits.contains(n)).toList();
    return new Roles(leads, supports, leadUnits, supportUnits);
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
    Set<String> explicit = new LinkedHashSet<>();
    List<String> unmatched = new ArrayList<>();
    for (String written : split(cell)) {
      for (String name : outsideBodiesApart(written)) {
        if (commune == null) {
          names.add(name);
          explicit.add(name);
          continue;
        }
        Optional<Unit> unit = commune.unit(name);
        List<Unit> set = unit.isPresent() ? List.of(unit.get()) : genericSet(name, commune);
        if (unit.isPresent()) {
          names.add(unit.get().code());
          explicit.add(unit.get().code());
        } else if (!set.isEmpty()) {
          set.forEach(u -> names.add(u.code()));
        } else {
          names.add(name);
          explicit.add(name);
          if (!ExternalBodies.isExternal(name)) {
            unmatched.add(name);
          }
        }
      }
    }
    return new Mapped(List.copyOf(names), unmatched, explicit);
  }

  /**
   * A catch-all that enumerates outside bodies ("Cơ quan nhà nước, đơn vị sự nghiệp công lập, cơ quan Đảng
   * Cộng sản Việt Nam, Mặt trận Tổ quốc Việt Nam, tổ chức chính trị - xã hội …") is split so the outside
   * bodies are kept, each as written; a piece that is neither joins the piece before it (the comma was part
   * of a name: "… đang quản lý, sử dụng tài sản công"). Other names are returned whole.
   */
  static List<String> outsideBodiesApart(String name) {
    if (!isGeneric(name)) {
      return List.of(name);
    }
    String[] pieces = name.split(",\\s*|\\s+và\\s+");
    if (java.util.Arrays.stream(pieces).noneMatch(ExternalBodies::isExternal)) {
      return List.of(name);
    }
    List<String> parts = new ArrayList<>();
    List<String> generic = new ArrayList<>();
    for (String piece : pieces) {
      String p = piece.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (ExternalBodies.isExternal(p)) {
        parts.add(p);
      } else if (isGeneric(p) || parts.isEmpty()) {
        generic.add(p);
      } else {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + p);
      }
    }
    List<String> result = new ArrayList<>();
    if (!generic.isEmpty()) {
      result.add(String.join(", ", generic));
    }
    parts.forEach(p -> result.add(p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1)));
    return result;
  }

  static boolean isGeneric(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return !n.contains("ngành dọc") && (everyone(n) || n.contains("phòng chuyên môn")
        || n.contains("đơn vị sự nghiệp"));
  }

  private static boolean everyone(String n) {
    return n.startsWith("cơ quan nhà nước") || n.contains("các cơ quan") || n.contains("các đơn vị")
        || n.contains("đơn vị liên quan") || n.contains("đơn vị có liên quan") || n.contains("cơ quan liên quan")
        || n.contains("các phòng, cơ quan") || n.equals("các phòng, ban") || n.contains("cơ quan, đơn vị");
  }

  /** The units a generic phrase stands for, or none when the phrase is not generic. */
  static List<Unit> genericSet(String name, Commune commune) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    if (n.contains("ngành dọc")) {
      return List.of();
    }
    boolean offices = n.contains("phòng chuyên môn");
    if (everyone(n)) {
      return commune.units();
    }
    if (offices) {
      return commune.units().stream()
          .filter(u -> u.name().startsWith("Phòng") || u.name().startsWith("Văn phòng")).toList();
    }
    return List.of();
  }
}
