package vn.cchcflow.organisation;

/** A member of a commune's staff, as written in the commune file. */
public record Person(String id, String name, String title, String email) {

  /** Vietnamese names put the family name first: "Nguyễn Thị Hạnh" → family "Nguyễn". */
  public String familyName() {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  public String givenNames() {
    int space = name.indexOf(' ');
    return space < 0 ? "" : name.substring(space + 1);
  }
}
