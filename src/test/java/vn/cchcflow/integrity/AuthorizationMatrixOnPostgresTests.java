package vn.cchcflow.integrity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchcflow.TestPostgres;

/** The authorization matrix once on PostgreSQL (skipped with a message when no server answers). */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext
class AuthorizationMatrixOnPostgresTests extends AuthorizationMatrixScenario {

  static final String DATABASE = "cchcflow_matrix";

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
