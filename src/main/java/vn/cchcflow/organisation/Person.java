package vn.cchcflow.organisation;

/** A member of a commune's staff, as written in the commune file (name in Vietnamese order, see {@link PersonNames}). */
public record Person(String id, String name, String title, String email) {
}
