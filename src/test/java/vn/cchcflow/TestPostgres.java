package vn.cchcflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the PostgreSQL tests use: {@code CCHC_TEST_PG_URL} (default
 * jdbc:postgresql://127.0.0.1:5432/postgres), {@code CCHC_TEST_PG_USER} (postgres),
 * {@code CCHC_TEST_PG_PASSWORD} (empty). Each test class gets a fresh database of its own, named with the
 * optional prefix {@code CCHC_TEST_PG_PREFIX}, so several checkouts can run their suites on one server.
 */
public final class TestPostgres {

  public static final String ADMIN_URL = env("CCHC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  public static final String USER = env("CCHC_TEST_PG_USER", "postgres");
  public static final String PASSWORD = env("CCHC_TEST_PG_PASSWORD", "");
  private static final String PREFIX = env("CCHC_TEST_PG_PREFIX", "");

  private TestPostgres() {
  }

  /** Drops and creates the database, or skips the calling test class with a message when no server answers. */
  public static void freshDatabaseOrSkip(String database) {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
         Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + PREFIX + database + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + PREFIX + database);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL tests skipped: no server at " + ADMIN_URL + " (" + e.getMessage()
          + "). Set CCHC_TEST_PG_URL/USER/PASSWORD to run them.");
    }
  }

  /** JDBC URL of a database on the same server. */
  public static String url(String database) {
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + PREFIX + database;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
