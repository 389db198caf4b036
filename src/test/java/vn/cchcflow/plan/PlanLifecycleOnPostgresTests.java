package vn.cchcflow.plan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The foundation scenario on PostgreSQL. Connects to {@code CCHC_TEST_PG_URL} (default
 * jdbc:postgresql://127.0.0.1:5432/postgres, user {@code CCHC_TEST_PG_USER} or postgres), creates a
 * fresh database {@code cchcflow_it} and runs the app on it; skipped with a message when no server answers.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext
class PlanLifecycleOnPostgresTests extends PlanLifecycleApiScenario {

  static final String ADMIN_URL = env("CCHC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  static final String USER = env("CCHC_TEST_PG_USER", "postgres");
  static final String PASSWORD = env("CCHC_TEST_PG_PASSWORD", "");
  static final String DATABASE = "cchcflow_it";

  /** Runs before Spring starts, so a missing server skips the class instead of failing its context. */
  @BeforeAll
  static void freshDatabaseOrSkip() {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
         Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL tests skipped: no server at " + ADMIN_URL + " (" + e.getMessage()
          + "). Set CCHC_TEST_PG_URL/USER/PASSWORD to run them.");
    }
  }

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + DATABASE;
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
