package vn.cchcflow.schedule;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a deadline phrase: numbers, words and punctuation, after normalising (NFC, lower case,
 * dashes as "-", "hàng năm/quý/tháng" as "hằng …", "quí"/"qúy" as "quý", no trailing dots). A cursor over
 * them lets the grammar try a part and step back when it does not fit.
 */
final class DeadlineTokens {

  private static final Pattern TOKEN = Pattern.compile("\\d+|\\p{L}+|\\S");

  private final List<String> tokens;
  private int at;

  private DeadlineTokens(List<String> tokens) {
    this.tokens = tokens;
  }

  static DeadlineTokens of(String phrase) {
    String text = Normalizer.normalize(phrase, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('\u00a0', ' ').replaceAll("[–—]", "-").replaceAll("\\s+", " ").trim()
        .replaceAll("[\\s.;,:!]+$", "");
    text = text.replaceAll("(?U)\\bhàng (?=năm|quý|quí|qúy|tháng|tuần|ngày)", "hằng ")
        .replaceAll("(?U)\\b(?:quí|qúy)\\b", "quý");
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return new DeadlineTokens(tokens);
  }

  int mark() {
    return at;
  }

  void reset(int mark) {
    at = mark;
  }

  boolean atEnd() {
    return at >= tokens.size();
  }

  /** Takes every token left (the free words after "Thường xuyên", "Cả năm 2026/…"). */
  void skipAll() {
    at = tokens.size();
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }

  /** Takes the words (space-separated, e.g. "chậm nhất") when they come next; otherwise takes nothing. */
  boolean accept(String words) {
    String[] parts = words.split(" ");
    if (at + parts.length > tokens.size()) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      if (!tokens.get(at + i).equals(parts[i])) {
        return false;
      }
    }
    at += parts.length;
    return true;
  }

  /** Takes the first of the alternatives that comes next; null when none does. */
  String acceptAny(String... alternatives) {
    for (String words : alternatives) {
      if (accept(words)) {
        return words;
      }
    }
    return null;
  }

  boolean nextIs(String token) {
    return !atEnd() && tokens.get(at).equals(token);
  }

  boolean nextIsNumber() {
    return !atEnd() && Character.isDigit(tokens.get(at).charAt(0));
  }

  /** Whether "/" or "." and a one- or two-digit number come next: the number before was a day ("11/10/2025"). */
  boolean nextIsDayMonthSeparator() {
    return at + 1 < tokens.size() && (tokens.get(at).equals("/") || tokens.get(at).equals("."))
        && Character.isDigit(tokens.get(at + 1).charAt(0)) && tokens.get(at + 1).length() <= 2;
  }

  /** The next number, taken; null (nothing taken) when the next token is not one. */
  Integer number() {
    if (!nextIsNumber() || tokens.get(at).length() > 4) {
      return null;
    }
    return Integer.valueOf(tokens.get(at++));
  }

  /** A four-digit year, taken; null (nothing taken) otherwise. */
  Integer year() {
    if (!nextIsNumber() || tokens.get(at).length() != 4) {
      return null;
    }
    return Integer.valueOf(tokens.get(at++));
  }

  /** A quarter number, Roman ("ii") or Arabic ("2"), taken; null (nothing taken) otherwise. */
  Integer quarterNumber() {
    if (atEnd()) {
      return null;
    }
    Integer n = switch (tokens.get(at)) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      default -> null;
    };
    if (n != null) {
      at++;
      return n;
    }
    return number();
  }

  /** The tokens from here on, space-separated, with a space at each end (" khi thành phố tổ chức "). */
  String rest() {
    return " " + String.join(" ", tokens.subList(at, tokens.size())) + " ";
  }
}
