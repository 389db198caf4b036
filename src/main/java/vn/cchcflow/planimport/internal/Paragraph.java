package vn.cchcflow.planimport.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One paragraph of the body with its outline marker ("IV.", "3.6.", "b)", "-") taken off. */
record Paragraph(Kind kind, String code, String text) {

  enum Kind { ROMAN, NUMBERED, LETTERED, BULLET, PLAIN }

  private static final Pattern ROMAN = Pattern.compile("([IVXL]+)\\.\\s+(.+)");
  private static final Pattern MULTI_LEVEL = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(.+)");
  private static final Pattern ONE_LEVEL = Pattern.compile("(\\d{1,2})\\.(?!\\d)\\s*(.+)");
  private static final Pattern LETTERED = Pattern.compile("([a-zđ])\\)\\s*(.+)");
  private static final Pattern BULLET = Pattern.compile("[-–+•]\\s*(.+)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.;!?…]$");
  private static final int HEADING_MAX_LENGTH = 160;

  static Paragraph of(String block) {
    Matcher m;
    if ((m = ROMAN.matcher(block)).matches()) {
      return new Paragraph(Kind.ROMAN, m.group(1), m.group(2));
    }
    if ((m = MULTI_LEVEL.matcher(block)).matches() || (m = ONE_LEVEL.matcher(block)).matches()) {
      return new Paragraph(Kind.NUMBERED, m.group(1), m.group(2));
    }
    if ((m = LETTERED.matcher(block)).matches()) {
      return new Paragraph(Kind.LETTERED, m.group(1), m.group(2));
    }
    if ((m = BULLET.matcher(block)).matches()) {
      return new Paragraph(Kind.BULLET, null, m.group(1));
    }
    return new Paragraph(Kind.PLAIN, null, block);
  }

  boolean isMarked() {
    return kind == Kind.ROMAN || kind == Kind.NUMBERED || kind == Kind.LETTERED;
  }

  /** Place in the outline, outermost first: "IV." 0, "2." 1, "2.1." 2, "a)" 10. */
  int rank() {
    return switch (kind) {
      case ROMAN -> 0;
      case NUMBERED -> code.split("\\.").length;
      case LETTERED -> 10;
      default -> Integer.MAX_VALUE;
    };
  }

  /** A marked line that introduces what follows rather than saying something itself. */
  boolean isHeading() {
    return isMarked() && text.length() <= HEADING_MAX_LENGTH && (text.endsWith(":") || !SENTENCE_END.matcher(text).find());
  }

  String title() {
    return text.replaceAll("\\s*:$", "").strip();
  }
}
