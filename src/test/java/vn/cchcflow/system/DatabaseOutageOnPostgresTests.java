package vn.cchcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchcflow.CchcFlowApplication;
import vn.cchcflow.TestPostgres;

/**
 * The database stops under a running app (a proxy in front of PostgreSQL drops every connection and refuses
 * new ones): every door answers 503 with Retry-After and a Vietnamese message within a few seconds, the
 * readiness probe turns DOWN while liveness stays UP, and once the database is back the app serves again by
 * itself. Prints the figures.
 */
@Tag("postgres")
class DatabaseOutageOnPostgresTests {

  private static final String DATABASE = "cchcflow_outage";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_stopped_database_answers_503_in_vietnamese_within_seconds_and_the_app_recovers_by_itself() throws Exception {
    TestPostgres.freshDatabaseOrSkip(DATABASE);
    URI admin = URI.create(TestPostgres.ADMIN_URL.substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(admin.getHost(), admin.getPort() < 0 ? 5432 : admin.getPort());
         ConfigurableApplicationContext app = start(proxy)) {
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      Http operator = new Http(base).basic("operator", "Quan-Tri-Test-2026!");
      Http webapp = new Http(base);
      assertThat(webapp.webappLogin("operator", "Quan-Tri-Test-2026!", "tasklist").statusCode()).isEqualTo(200);
      assertThat(operator.get("/api/plans").statusCode()).isEqualTo(200);
      assertThat(new Http(base).get("/actuator/health/readiness").statusCode()).isEqualTo(200);

      proxy.cut();
      Map<String, Long> millisTo503 = new LinkedHashMap<>();
      for (Map.Entry<String, Supplier<HttpResponse<String>>> door : Map.<String, Supplier<HttpResponse<String>>>of(
          "/api/plans", () -> operator.get("/api/plans"),
          "/engine-rest/task", () -> operator.get("/engine-rest/task"),
          "/camunda/api/engine/…/task (webapp session)", () -> webapp.get("/camunda/api/engine/engine/default/task"))
          .entrySet()) {
        long start = System.nanoTime();
        HttpResponse<String> answer = door.getValue().get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        millisTo503.put(door.getKey(), millis);
        assertThat(answer.statusCode()).as(door.getKey()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).as(door.getKey()).contains("30");
        assertThat(JSON.readTree(answer.body()).path("message").asText()).as(door.getKey())
            .contains("không kết nối được cơ sở dữ liệu").doesNotContain("Exception");
        assertThat(millis).as("%s answers within 5 s", door.getKey()).isLessThan(5000);
      }
      long readinessStart = System.nanoTime();
      assertThat(new Http(base).get("/actuator/health/readiness").statusCode()).isEqualTo(503);
      long readinessMillis = (System.nanoTime() - readinessStart) / 1_000_000;
      assertThat(new Http(base).get("/actuator/health/liveness").statusCode()).isEqualTo(200);

      proxy.restore();
      long back = System.nanoTime();
      long recovered = -1;
      while (System.nanoTime() - back < Duration.ofSeconds(60).toNanos()) {
        if (operator.get("/api/plans").statusCode() == 200) {
          recovered = (System.nanoTime() - back) / 1_000_000;
          break;
        }
      }
      assertThat(recovered).as("the app serves again by itself").isNotNegative();
      assertThat(operator.get("/engine-rest/task").statusCode()).isEqualTo(200);
      assertThat(new Http(base).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
      System.out.printf("Database outage: time to 503 %s; readiness DOWN answered in %d ms, liveness stayed UP;"
          + " serving again %d ms after the database came back%n", millisTo503, readinessMillis, recovered);
    }
  }

  private static ConfigurableApplicationContext start(TcpProxy proxy) {
    String url = TestPostgres.url(DATABASE).replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
    return new SpringApplicationBuilder(CchcFlowApplication.class).profiles("postgres", "production").run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + TestPostgres.USER,
        "--spring.datasource.password=" + TestPostgres.PASSWORD,
        "--camunda.bpm.job-execution.enabled=false",
        "--cchc.notification.worker-enabled=false",
        "--cchc.organisation.location=classpath:communes/namanphu.yaml");
  }
}
