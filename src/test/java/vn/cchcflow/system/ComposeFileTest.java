package vn.cchcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and the image are for real use: every variable the app service passes is one the app
 * reads (a placeholder in application*.yaml, or a property of Spring Boot's or Camunda's configuration
 * metadata under Spring's relaxed names), secrets have no defaults ({@code ${VAR:?…}}) and are listed in
 * .env.example, images are pinned, services have healthchecks and restart policies, data and the report drop
 * folder live in volumes, and the image runs as a non-root user with container-aware memory settings.
 * (No Docker engine on these machines; the file is checked as data.)
 */
class ComposeFileTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?])?([^}]*)}");
  private static final Set<String> SECRETS = Set.of("CCHC_DB_PASSWORD", "CCHC_ADMIN_USER", "CCHC_ADMIN_PASSWORD",
      "CCHC_MAIL_HOST", "CCHC_MAIL_FROM", "CCHC_PUBLIC_URL");

  private final JsonNode compose = read(Path.of("docker-compose.yml"));
  private final String composeText = text(Path.of("docker-compose.yml"));

  @Test
  void every_variable_the_app_service_passes_is_read_by_the_application() throws IOException {
    Set<String> placeholders = applicationPlaceholders();
    List<PropertyName> metadata = metadataProperties();
    List<String> unknown = new ArrayList<>();
    compose.path("services").path("app").path("environment").fieldNames().forEachRemaining(variable -> {
      boolean known = placeholders.contains(variable) || metadata.stream().anyMatch(p -> p.matches(variable));
      if (!known) {
        unknown.add(variable);
      }
    });
    assertThat(unknown).as("variables the app would ignore").isEmpty();
    assertThat(compose.path("services").path("app").path("environment").has("SPRING_MAIL_HOST")).isTrue();
    assertThat(compose.path("services").path("app").path("environment").has("SPRING_MAIL_USERNAME")).isTrue();
    assertThat(compose.path("services").path("app").path("environment").has("SPRING_MAIL_PASSWORD")).isTrue();
  }

  @Test
  void secrets_have_no_defaults_and_every_variable_is_in_env_example() {
    Set<String> used = new LinkedHashSet<>();
    Matcher matcher = VARIABLE.matcher(composeText);
    while (matcher.find()) {
      used.add(matcher.group(1));
      if (SECRETS.contains(matcher.group(1))) {
        assertThat(matcher.group(2)).as("%s must be required (${%s:?…})", matcher.group(1), matcher.group(1))
            .isEqualTo(":?");
      }
    }
    assertThat(used).containsAll(SECRETS);
    String example = text(Path.of(".env.example"));
    for (String variable : used) {
      assertThat(example).as(".env.example lists %s", variable).containsPattern("(?m)^" + variable + "=");
    }
    assertThat(composeText).doesNotContain(":-demo").doesNotContain(":-cchcflow}");
  }

  @Test
  void images_are_pinned_services_are_watched_and_data_lives_in_volumes() {
    compose.path("services").fields().forEachRemaining(service -> {
      String image = service.getValue().path("image").asText();
      assertThat(image).as("image of %s", service.getKey()).contains(":").doesNotEndWith(":latest")
          .matches(".*:v?\\d.*");
      assertThat(service.getValue().path("restart").asText()).as("restart of %s", service.getKey())
          .isIn("unless-stopped", "always");
    });
    JsonNode app = compose.path("services").path("app");
    JsonNode postgres = compose.path("services").path("postgres");
    assertThat(app.path("healthcheck").path("test").toString()).contains("/actuator/health/readiness");
    assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
    assertThat(app.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
    String dropFolder = app.path("environment").path("CCHC_REPORTS_DROPFOLDER").asText();
    assertThat(app.path("volumes").toString()).contains("reports:" + dropFolder);
    assertThat(postgres.path("volumes").toString()).contains("postgres-data:/var/lib/postgresql/data");
    assertThat(compose.path("volumes").has("reports")).isTrue();
    assertThat(compose.path("services").path("mailpit").path("profiles").toString())
        .as("the mail catcher only with the demo profile").contains("demo");
  }

  @Test
  void the_image_runs_as_a_non_root_user_with_memory_from_the_container_limit() {
    String dockerfile = text(Path.of("Dockerfile"));
    String runtime = dockerfile.substring(dockerfile.lastIndexOf("FROM "));
    Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(runtime);
    assertThat(user.find()).as("USER in the runtime stage").isTrue();
    assertThat(user.group(1)).isNotIn("root", "0", "0:0");
    assertThat(runtime).contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx");
    assertThat(runtime.lines().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow()).matches("FROM \\S+:\\d.*");
  }

  private static Set<String> applicationPlaceholders() throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
        Matcher matcher = VARIABLE.matcher(Files.readString(file));
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    return names;
  }

  /** A property of Spring Boot's and Camunda's metadata, as an environment variable would name it. */
  private record PropertyName(String envName, boolean isMap) {

    boolean matches(String variable) {
      return isMap ? variable.startsWith(envName + "_") : variable.equals(envName);
    }
  }

  private static List<PropertyName> metadataProperties() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<PropertyName> names = new ArrayList<>();
    Enumeration<URL> resources = ComposeFileTest.class.getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json");
    while (resources.hasMoreElements()) {
      try (InputStream in = resources.nextElement().openStream()) {
        for (JsonNode property : json.readTree(in).path("properties")) {
          String name = property.path("name").asText();
          String env = name.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
          names.add(new PropertyName(env, property.path("type").asText().startsWith("java.util.Map")));
        }
      }
    }
    assertThat(names).as("configuration metadata on the classpath").hasSizeGreaterThan(100);
    return names;
  }

  private static JsonNode read(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

}
