package vn.cchcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text officials read lives in {@code messages.properties}, not in Java (as Spring PetClinic keeps its
 * templates' text in bundles). Vietnamese string literals are allowed only in the classes listed in
 * {@code vietnamese-literals.txt}: the vocabulary of the documents the parsers read (words to recognise,
 * not text to show), and the classes whose texts are still to be moved (a list that may only shrink:
 * a listed class without Vietnamese literals fails too, so the list is kept true).
 */
class UserTextInBundlesTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern TEXT_BLOCK = Pattern.compile("(?s)\"\"\".*?\"\"\"");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern VIETNAMESE = Pattern.compile(
      "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]");

  @Test
  void vietnamese_text_is_in_the_bundle_except_in_the_listed_classes() throws IOException {
    Set<String> listed = listed();
    Set<String> withLiterals = classesWithVietnameseLiterals();

    assertThat(new TreeSet<>(withLiterals)).as("classes with Vietnamese literals that are not listed: move their "
        + "texts to messages.properties (Messages.get), or list them as vocabulary if they are words a parser reads")
        .isSubsetOf(listed);
    Set<String> stale = new TreeSet<>(listed);
    stale.removeAll(withLiterals);
    assertThat(stale).as("listed classes without Vietnamese literals any more: take them off the list").isEmpty();
  }

  @Test
  void the_bundle_has_no_key_twice_and_reads_as_utf8() throws IOException {
    List<String> keys = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=") && !line.startsWith(" ")) {
        keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
      }
    }
    assertThat(keys).doesNotHaveDuplicates();
  }

  private static Set<String> listed() throws IOException {
    Set<String> names = new TreeSet<>();
    try (var in = UserTextInBundlesTest.class.getResourceAsStream("/vietnamese-literals.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          names.add(trimmed);
        }
      }
    }
    return names;
  }

  private static Set<String> classesWithVietnameseLiterals() throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (hasVietnameseLiteral(Files.readString(file, StandardCharsets.UTF_8))) {
          found.add(SOURCES.relativize(file).toString().replace('\\', '/').replaceAll("\\.java$", ""));
        }
      }
    }
    return found;
  }

  private static boolean hasVietnameseLiteral(String source) {
    String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    Matcher block = TEXT_BLOCK.matcher(code);
    while (block.find()) {
      if (VIETNAMESE.matcher(block.group()).find()) {
        return true;
      }
    }
    Matcher literal = LITERAL.matcher(TEXT_BLOCK.matcher(code).replaceAll("").replaceAll("'(?:[^'\\\\]|\\\\.)'", "' '"));
    while (literal.find()) {
      if (VIETNAMESE.matcher(literal.group(1)).find()) {
        return true;
      }
    }
    return false;
  }
}
