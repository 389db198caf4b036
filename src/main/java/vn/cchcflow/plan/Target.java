package vn.cchcflow.plan;

/**
 * A target (chỉ tiêu) the plan sets: "Tỷ lệ … đạt trên 99%" → code "3.6" (as numbered in the plan, or
 * null), comparator GREATER_THAN, value 99, unit "%". A qualitative target ("100% cán bộ … được tập huấn"
 * is numeric; "Duy trì … Hệ thống quản lý chất lượng" is not) has no comparator and no value.
 */
public record Target(String code, String text, Comparator comparator, Double value, String unit) {

  public enum Comparator { AT_LEAST, GREATER_THAN, EQUAL, AT_MOST, LESS_THAN }

  /** A target without a number, kept as the plan words it. */
  public static Target qualitative(String code, String text) {
    return new Target(code, text, null, null, null);
  }

  public boolean isNumeric() {
    return comparator != null && value != null;
  }
}
