package vn.cchcflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each webapp's Vietnamese texts cover every key of Camunda's English file and keep its placeholders. */
class VietnameseLocalesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]+}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void covers_every_english_key_and_keeps_placeholders(String app) throws IOException {
    JsonNode en = read(app, "en");
    JsonNode vi = read(app, "vi");

    assertThat(paths(vi, "")).containsExactlyInAnyOrderElementsOf(paths(en, ""));
    List<String> lost = new ArrayList<>();
    en.path("labels").fields().forEachRemaining(entry -> {
      Matcher m = PLACEHOLDER.matcher(entry.getValue().asText());
      while (m.find()) {
        if (!vi.path("labels").path(entry.getKey()).asText().replace(" ", "").contains(m.group().replace(" ", ""))) {
          lost.add(entry.getKey() + " " + m.group());
        }
      }
    });
    assertThat(lost).as("placeholders lost in %s", app).isEmpty();
  }

  private static List<String> paths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> paths.addAll(paths(e.getValue(), prefix + "/" + e.getKey())));
    } else {
      paths.add(prefix);
    }
    return paths;
  }

  private static JsonNode read(String app, String language) throws IOException {
    String resource = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
    try (InputStream in = VietnameseLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
    }
  }
}
