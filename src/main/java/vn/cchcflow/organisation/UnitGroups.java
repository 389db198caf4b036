package vn.cchcflow.organisation;

/**
 * Camunda group ids of a commune's organisation. Ids stay alphanumeric because Camunda's default
 * resource whitelist ({@code [a-zA-Z0-9]+}) refuses anything else.
 */
public final class UnitGroups {

  private UnitGroups() {
  }

  /** Everyone in the unit, e.g. {@code namanphuvhxh}. Candidate group of support and review tasks. */
  public static String unit(String communeId, String unitCode) {
    return communeId + unitCode;
  }

  /** The unit's head(s), e.g. {@code namanphuvhxhhead}. Candidate group of assignment and sign-off. */
  public static String head(String communeId, String unitCode) {
    return unit(communeId, unitCode) + HEAD_SUFFIX;
  }

  /** Chair and vice-chairs of the commune's People's Committee. */
  public static String leaders(String communeId) {
    return communeId + "leaders";
  }

  /** Every person of the commune; this group carries the tenant membership. */
  public static String staff(String communeId) {
    return communeId + "staff";
  }

  /** Suffix the process model appends to a unit group ({@code ${partUnit}head}). */
  public static final String HEAD_SUFFIX = "head";
}
