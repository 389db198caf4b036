package vn.cchcflow.organisation;

import org.camunda.bpm.engine.identity.User;

/**
 * Vietnamese names in Vietnamese order. Camunda shows a person as first name + " " + last name (Tasklist,
 * Cockpit, Admin), so the family name (họ) is stored as Camunda's first name and the middle and given names
 * (tên đệm và tên) as its last name: "Bùi" + "Thị Ngọc" shows "Bùi Thị Ngọc". {@link IdentitySync}, the
 * directory mapping ({@code sn} → first name, {@code givenName} → last name) and the city accounts store
 * names this way; everything that writes a name for people (e-mails, reports, forms) calls
 * {@link #displayName(User)}.
 */
public final class PersonNames {

  private PersonNames() {
  }

  /** "Bùi Thị Ngọc": the name as Vietnamese people write it; the user id when no name is stored. */
  public static String displayName(User user) {
    String name = join(user.getFirstName(), user.getLastName());
    return name.isEmpty() ? user.getId() : name;
  }

  /** Camunda's first name of a person named {@code fullName}: the family name. */
  public static String firstNameField(String fullName) {
    String name = fullName == null ? "" : fullName.strip();
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /** Camunda's last name of a person named {@code fullName}: middle and given names. */
  public static String lastNameField(String fullName) {
    String name = fullName == null ? "" : fullName.strip();
    int space = name.indexOf(' ');
    return space < 0 ? "" : name.substring(space + 1).strip();
  }

  private static String join(String first, String last) {
    return ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
  }
}
