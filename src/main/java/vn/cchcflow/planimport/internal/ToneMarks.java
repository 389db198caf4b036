package vn.cchcflow.planimport.internal;

import java.util.regex.Pattern;

/**
 * Old-style tone placement ("Thuỷ", "hoá") rewritten as most of the seeds write it ("Thủy", "hóa"), so a
 * name reads the same wherever it comes from.
 */
final class ToneMarks {

  private static final Pattern OLD_STYLE = Pattern.compile("(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\\p{L})");
  private static final String TONED_SECOND = "àáảãạèéẻẽẹỳýỷỹỵ";
  private static final String PLAIN_SECOND = "aaaaaeeeeeyyyyy";

  private ToneMarks() {
  }

  static String modern(String text) {
    return OLD_STYLE.matcher(text).replaceAll(m -> {
      char first = m.group(1).charAt(0);
      int index = TONED_SECOND.indexOf(m.group(2));
      char second = PLAIN_SECOND.charAt(index);
      boolean isO = Character.toLowerCase(first) == 'o';
      if (isO == (second == 'y')) {
        return m.group();
      }
      String toned = switch (first) {
        case 'o' -> "òóỏõọ";
        case 'O' -> "ÒÓỎÕỌ";
        case 'u' -> "ùúủũụ";
        default -> "ÙÚỦŨỤ";
      };
      return "" + toned.charAt(index % 5) + second;
    });
  }
}
