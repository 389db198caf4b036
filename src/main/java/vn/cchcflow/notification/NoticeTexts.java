package vn.cchcflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese e-mails, kept as text templates in {@code templates/mail/}: the first line is the
 * subject, the rest the body; {@code {name}} is replaced by the value given for it. A commune may use its own
 * wording without rebuilding the jar: a file of the same name in {@code cchc.notification.templates-location}
 * ({@link MailTemplates}) is used instead of the shipped one.
 */
public final class NoticeTexts {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static volatile Path overrides;

  private NoticeTexts() {
  }

  /** Subject and body of the named template filled with the values. */
  public static String[] render(String template, Map<String, String> values) {
    String text = CACHE.computeIfAbsent(template, NoticeTexts::load);
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("Template " + template + " needs a value for " + matcher.group(1));
      }
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(filled);
    int newline = filled.indexOf("\n");
    return new String[] {filled.substring(0, newline).strip(), filled.substring(newline + 1)};
  }

  /** Reads templates from this folder first (null: only the shipped ones). */
  static void useOverrides(Path folder) {
    overrides = folder;
    CACHE.clear();
  }

  /** The file in the override folder that replaces the shipped template, or null. */
  static Path override(String template) {
    Path folder = overrides;
    Path file = folder == null ? null : folder.resolve(template + ".txt");
    return file != null && Files.isRegularFile(file) ? file : null;
  }

  private static String load(String template) {
    Path own = override(template);
    if (own != null) {
      try {
        return Files.readString(own, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read mail template " + own, e);
      }
    }
    String path = "templates/mail/" + template + ".txt";
    try (InputStream in = NoticeTexts.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing mail template " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
