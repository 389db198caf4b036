package vn.cchcflow.report;

import com.fasterxml.jackson.databind.JsonNode;

/** Words a target's goal the way plans do ("trên 99%") and checks a reported value against it. */
final class TargetGoals {

  private TargetGoals() {
  }

  static String describe(JsonNode target) {
    String word = switch (target.path("comparator").asText()) {
      case "GREATER_THAN" -> "trên ";
      case "AT_MOST" -> "tối đa ";
      case "LESS_THAN" -> "dưới ";
      case "EQUAL" -> "";
      default -> "tối thiểu ";
    };
    String unit = target.path("unit").asText("");
    return word + number(target.path("value").asDouble()) + ("%".equals(unit) ? "%" : unit.isBlank() ? "" : " " + unit);
  }

  /** Null when no value was reported or it is not a number. */
  static Boolean met(JsonNode target, String reported) {
    if (reported == null || reported.isBlank()) {
      return null;
    }
    double value;
    try {
      value = Double.parseDouble(reported.replace("%", "").replace(",", ".").strip());
    } catch (NumberFormatException e) {
      return null;
    }
    double goal = target.path("value").asDouble();
    return switch (target.path("comparator").asText()) {
      case "GREATER_THAN" -> value > goal;
      case "AT_MOST" -> value <= goal;
      case "LESS_THAN" -> value < goal;
      case "EQUAL" -> value == goal;
      default -> value >= goal;
    };
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
  }
}
