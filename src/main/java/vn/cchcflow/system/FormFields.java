package vn.cchcflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The fields each form of {@code forms/} declares: the keys of a Camunda Form's components, the
 * {@code cam-variable-name}s of an embedded HTML form. What a person may send when working on a step is
 * exactly this set; the engine steps also read it to know what a step's form said.
 */
public final class FormFields {

  private static final Pattern CAM_VARIABLE = Pattern.compile("cam-variable-name\\s*=\\s*\"([^\"]+)\"");
  private static final FormFields CLASSPATH = load("classpath*:forms/*");

  /** Form id ("assign-officer") or file name ("start-plan-import.html") → declared fields. */
  private final Map<String, Set<String>> byForm;

  private FormFields(Map<String, Set<String>> byForm) {
    this.byForm = Map.copyOf(byForm);
  }

  /** The forms shipped with the application. */
  public static FormFields shipped() {
    return CLASSPATH;
  }

  /** The fields of a step's form, from its {@code camunda:formRef} or embedded form key; empty when it has none. */
  public Set<String> of(FormDefinition form) {
    if (form == null) {
      return Set.of();
    }
    String ref = text(form.getCamundaFormDefinitionKey());
    if (ref != null) {
      return byForm.getOrDefault(ref, Set.of());
    }
    String key = text(form.getFormKey());
    if (key == null) {
      return Set.of();
    }
    return byForm.getOrDefault(key.substring(key.lastIndexOf('/') + 1), Set.of());
  }

  public Set<String> ofForm(String formIdOrFile) {
    return byForm.getOrDefault(formIdOrFile, Set.of());
  }

  private static String text(Expression expression) {
    return expression == null ? null : expression.getExpressionText();
  }

  static FormFields load(String pattern) {
    Map<String, Set<String>> byForm = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String name = resource.getFilename();
        if (name == null) {
          continue;
        }
        try (InputStream in = resource.getInputStream()) {
          if (name.endsWith(".form")) {
            JsonNode form = json.readTree(in);
            Set<String> keys = new LinkedHashSet<>();
            collectKeys(form.path("components"), keys);
            byForm.put(form.path("id").asText(name), keys);
          } else if (name.endsWith(".html")) {
            Set<String> keys = new LinkedHashSet<>();
            Matcher m = CAM_VARIABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
              keys.add(m.group(1));
            }
            byForm.put(name, keys);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms", e);
    }
    return new FormFields(byForm);
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !"button".equals(component.path("type").asText())) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }
}
