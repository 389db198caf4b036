package vn.cchcflow.planimport.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of a plan cleaned of markup, cut at its appendix and joined into paragraphs. */
final class BodyText {

  static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final Pattern APPENDIX_HEADING =
      Pattern.compile("(?m)^[ \\t]*(?:PHỤ LỤC|Phụ lục)(?:[ \\t]+[IVX\\d]+)?[ \\t]*$");
  /** Bold markup gluing two paragraphs together: "KẾ HOẠCH**Cải cách …", "YÊU CẦU****1. Mục đích". */
  private static final Pattern GLUED_BY_BOLD = Pattern.compile("(?<=[\\p{Lu}\\d:])\\*{2,}(?=[\\p{Lu}\\d])");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^[ \\t]*#{1,6}[ \\t]*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern LINE_END = Pattern.compile("[.:;!?…]$");
  /** Word's export hard-wraps lines near this length (seed 002); a shorter line ends its paragraph. */
  private static final int WRAPPED_LINE_LENGTH = 60;

  private BodyText() {
  }

  /** The body of a plan as paragraphs, markup removed; the appendix is left out. */
  static List<Paragraph> paragraphs(String text) {
    return blocks(split(text).body()).stream().map(Paragraph::of).toList();
  }

  record Parts(String body, String appendix) {
  }

  static Parts split(String text) {
    String clean = Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    clean = MARKDOWN_HEADING.matcher(GLUED_BY_BOLD.matcher(clean).replaceAll("\n")).replaceAll("")
        .replace("*", "");
    Matcher appendix = APPENDIX_HEADING.matcher(clean);
    return appendix.find() ? new Parts(clean.substring(0, appendix.start()), clean.substring(appendix.start()))
        : new Parts(clean, "");
  }

  /** Joins the lines Word broke inside a paragraph; blank lines carry no meaning in these exports. */
  static List<String> blocks(String body) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String previous = "";
    for (String raw : body.split("\n")) {
      String line = collapse(raw);
      if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
        continue;
      }
      if (current.length() > 0 && continues(previous, line)) {
        current.append(' ').append(line);
      } else {
        flush(blocks, current);
        current.append(line);
      }
      previous = line;
    }
    flush(blocks, current);
    return blocks;
  }

  private static boolean continues(String previous, String line) {
    if (Paragraph.of(line).kind() != Paragraph.Kind.PLAIN) {
      return false;
    }
    if (Character.isLowerCase(line.codePointAt(0))) {
      return true;
    }
    return !LINE_END.matcher(previous).find() && previous.length() >= WRAPPED_LINE_LENGTH;
  }

  private static void flush(List<String> blocks, StringBuilder current) {
    if (current.length() > 0) {
      blocks.add(current.toString());
      current.setLength(0);
    }
  }

  static String collapse(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
