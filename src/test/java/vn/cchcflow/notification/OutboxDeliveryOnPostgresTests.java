package vn.cchcflow.notification;

import vn.cchcflow.TestPostgres;

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

  static final String DATABASE = "cchcflow_outbox_it";

  /** Before the Spring context: an abort here skips the class instead of failing its context. */
  @BeforeAll
  static void freshDatabase() {
    TestPostgres.freshDatabaseOrSkip(DATABASE);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestPostgres.url(DATABASE));
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
  }

}
