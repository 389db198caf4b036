package vn.cchcflow.organisation;

import java.util.List;

/**
 * A member of a commune's staff, as written in the commune file (name in Vietnamese order, see
 * {@link PersonNames}). A leader (chair or vice-chair) names in {@code oversees} the codes of the units
 * they are in charge of (Phó Chủ tịch phụ trách).
 */
public record Person(String id, String name, String title, String email, List<String> oversees) {

  public Person {
    oversees = oversees == null ? List.of() : List.copyOf(oversees);
  }

  public Person(String id, String name, String title, String email) {
    this(id, name, title, email, List.of());
  }
}
