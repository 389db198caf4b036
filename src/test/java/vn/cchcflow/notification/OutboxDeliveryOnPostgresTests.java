package vn.cchcflow.notification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox scenarios on PostgreSQL (where two app nodes share one database): the V3 migration, the
 * Instant columns and the conditional claims. Same server settings as PlanLifecycleOnPostgresTests
 * ({@code CCHC_TEST_PG_URL/USER/PASSWORD}), its own database; skipped with a message when no server answers.
 */
@Tag("postgres")
class OutboxDeliveryOnPostgresTests extends OutboxDeliveryTest {

  static final String ADMIN_URL = env("CCHC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  static final String USER = env("CCHC_TEST_PG_USER", "postgres");
  static final String PASSWORD = env("CCHC_TEST_PG_PASSWORD", "");
  static final String DATABASE = "cchcflow_outbox_it";

  static String url;

  /** Before the Spring context: an abort here skips the class instead of failing its context. */
  @BeforeAll
  static void freshDatabase() {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
         Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL tests skipped: no server at " + ADMIN_URL + " (" + e.getMessage()
          + "). Set CCHC_TEST_PG_URL/USER/PASSWORD to run them.");
    }
    url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + DATABASE;
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
