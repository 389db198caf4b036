package vn.cchcflow.planimport.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cleans a table cell as exported from Word: HTML lists become lines, tags and entities go, spaces fold. */
final class CellText {

  private static final Pattern LINE_TAG = Pattern.compile("(?i)<\\s*(br|/p|/li|li|p|ul|/ul)[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern INLINE_BULLET = Pattern.compile("(?<=[;:.])[ \\t]+-[ \\t]+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  private CellText() {
  }

  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = TAG.matcher(LINE_TAG.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll("\n"))
        .replaceAll(" ")
        .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace('\u00a0', ' ')
        .replace("**", "").replace("*", "");
    // bullets written inline after a clause ("…TTHC; - Giải quyết…") go on their own line
    text = INLINE_BULLET.matcher(text).replaceAll("\n- ");
    StringBuilder lines = new StringBuilder();
    for (String line : LINE_BREAK.split(text)) {
      String folded = BLANKS.matcher(line).replaceAll(" ").strip();
      if (!folded.isEmpty()) {
        if (lines.length() > 0) {
          lines.append('\n');
        }
        lines.append(folded);
      }
    }
    return lines.toString();
  }

  /** Joins the part of a cell continued on the next page to its first part. */
  static String join(String first, String rest) {
    if (rest.isEmpty()) {
      return first;
    }
    if (first.isEmpty()) {
      return rest;
    }
    return rest.startsWith("-") ? first + "\n" + rest : first + " " + rest;
  }
}
