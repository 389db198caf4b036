package vn.cchcflow.report;

import vn.cchcflow.plan.Target;

/** Words a target's goal the way plans do ("trên 99%") and checks a reported value against it. */
final class TargetGoals {

  private TargetGoals() {
  }

  static String describe(Target target) {
    if (!target.isNumeric()) {
      return "";
    }
    String word = switch (target.comparator()) {
      case GREATER_THAN -> "trên ";
      case AT_MOST -> "tối đa ";
      case LESS_THAN -> "dưới ";
      case EQUAL -> "";
      case AT_LEAST -> "tối thiểu ";
    };
    String unit = target.unit() == null ? "" : target.unit();
    return word + number(target.value()) + ("%".equals(unit) ? "%" : unit.isBlank() ? "" : " " + unit);
  }

  /** Null when no value was reported, it is not a number, or the target has no number to meet. */
  static Boolean met(Target target, String reported) {
    if (reported == null || reported.isBlank() || !target.isNumeric()) {
      return null;
    }
    double value;
    try {
      value = Double.parseDouble(reported.replace("%", "").replace(",", ".").strip());
    } catch (NumberFormatException e) {
      return null;
    }
    double goal = target.value();
    return switch (target.comparator()) {
      case GREATER_THAN -> value > goal;
      case AT_MOST -> value <= goal;
      case LESS_THAN -> value < goal;
      case EQUAL -> value == goal;
      case AT_LEAST -> value >= goal;
    };
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
  }
}
