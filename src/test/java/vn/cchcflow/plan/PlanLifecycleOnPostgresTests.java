package vn.cchcflow.plan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchcflow.TestPostgres;

/**
 * The foundation scenario on PostgreSQL. Connects to {@code CCHC_TEST_PG_URL} (default
 * jdbc:postgresql://127.0.0.1:5432/postgres, user {@code CCHC_TEST_PG_USER} or postgres), creates a
 * fresh database {@code cchcflow_it} and runs the app on it; skipped with a message when no server answers.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "cchc.import.background-threshold=40"})
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext
class PlanLifecycleOnPostgresTests extends PlanLifecycleApiScenario {

  static final String DATABASE = "cchcflow_it";

  /** Runs before Spring starts, so a missing server skips the class instead of failing its context. */
  @BeforeAll
  static void freshDatabaseOrSkip() {
    TestPostgres.freshDatabaseOrSkip(DATABASE);
  }

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestPostgres.url(DATABASE));
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
  }

}
