package vn.cchcflow.planimport;

/**
 * A target (chỉ tiêu) with a numeric goal: "Tỷ lệ … đạt trên 99%" → code "3.6" (as numbered in the plan,
 * or null), comparator GREATER_THAN, value 99, unit "%".
 */
public record Target(String code, String text, Comparator comparator, double value, String unit) {

  public enum Comparator { AT_LEAST, GREATER_THAN, EQUAL, AT_MOST, LESS_THAN }
}
