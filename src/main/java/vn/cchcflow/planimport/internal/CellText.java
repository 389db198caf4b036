package vn.cchcflow.planimport.internal;

import java.text.Normalizer;

/** Cleans a table cell as exported from Word: HTML lists become lines, tags and entities go, spaces fold. */
final class CellText {

  private CellText() {
  }

  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
        .replaceAll("(?i)<\\s*(br|/p|/li|li|p|ul|/ul)[^>]*>", "\n")
        .replaceAll("<[^>]+>", " ")
        .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace('\u00a0', ' ')
        .replace("**", "").replace("*", "")
        // bullets written inline after a clause ("…TTHC; - Giải quyết…") go on their own line
        .replaceAll("(?<=[;:.])[ \\t]+-[ \\t]+", "\n- ");
    StringBuilder lines = new StringBuilder();
    for (String line : text.split("\\R")) {
      String folded = line.replaceAll("[ \\t]+", " ").strip();
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
