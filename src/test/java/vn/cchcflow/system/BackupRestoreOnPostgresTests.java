package vn.cchcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchcflow.CchcFlowApplication;
import vn.cchcflow.TestPostgres;
import vn.cchcflow.notification.Notice;
import vn.cchcflow.notification.Outbox;

/**
 * ops/backup.sh and ops/restore.sh as the operator runs them: a database with the demo plans (open tasks,
 * timers) and outbox messages is dumped, restored into a fresh database, and the app started on the restored
 * one has every plan, open task, timer and outbox row, and serves.
 */
@Tag("postgres")
class BackupRestoreOnPostgresTests {

  private static final String SOURCE = "cchcflow_backup";
  private static final String RESTORED = "cchcflow_restored";
  private static final List<String> SNAPSHOT = List.of(
      "select id || ' ' || code || ' ' || commune from cchc_plan order by id",
      "select count(*) from cchc_plan_task",
      "select ID_ || ' ' || coalesce(ASSIGNEE_, '-') || ' ' || TASK_DEF_KEY_ from ACT_RU_TASK order by ID_",
      "select ID_ || ' ' || TYPE_ || ' ' || coalesce(to_char(DUEDATE_, 'YYYY-MM-DD HH24:MI'), '-') from ACT_RU_JOB order by ID_",
      "select id || ' ' || dedup_key || ' ' || status from cchc_notification order by id",
      "select count(*) from ACT_HI_ACTINST");

  @Test
  void a_restored_backup_starts_with_every_plan_open_task_timer_and_outbox_row(@TempDir Path folder) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")) || onPath("pg_dump"),
        "backup/restore test skipped: pg_dump is missing (.ci/run installs postgresql-client)");
    TestPostgres.freshDatabaseOrSkip(SOURCE);
    TestPostgres.freshDatabaseOrSkip(RESTORED);
    dropDatabase(RESTORED);
    try (ConfigurableApplicationContext app = start(SOURCE, "demo")) {
      Outbox outbox = app.getBean(Outbox.class);
      outbox.enqueue(new Notice("backup-test:1", "namanphu", null, null, "TEST", List.of(), "Thử sao lưu", "Nội dung"));
      outbox.enqueue(new Notice("backup-test:2", "namanphu", null, null, "TEST", List.of(), "Thử sao lưu 2", "Nội dung"));
    }
    List<List<String>> before = snapshot(SOURCE);
    assertThat(before.get(0)).as("plans").hasSize(2);
    assertThat(before.get(2)).as("open tasks").isNotEmpty();
    assertThat(before.get(3)).as("timers").isNotEmpty();
    assertThat(before.get(4)).as("outbox rows").hasSizeGreaterThanOrEqualTo(2);

    Path dump = folder.resolve("cchcflow.dump");
    run("ops/backup.sh", dump.toString());
    run("ops/restore.sh", dump.toString(), prefixed(RESTORED));
    assertThat(snapshot(RESTORED)).isEqualTo(before);

    try (ConfigurableApplicationContext restored = start(RESTORED, "production")) {
      String base = "http://localhost:" + restored.getEnvironment().getProperty("local.server.port");
      assertThat(new Http(base).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
      assertThat(new Http(base).basic("operator", "Quan-Tri-Test-2026!").get("/engine-rest/task/count").body())
          .isEqualTo("{\"count\":" + before.get(2).size() + "}");
    }
    System.out.printf("Backup and restore: %d plans, %d open tasks, %d jobs and timers, %d outbox rows intact"
        + " (dump %d KB)%n", before.get(0).size(), before.get(2).size(), before.get(3).size(), before.get(4).size(),
        Files.size(dump) / 1024);
  }

  private static ConfigurableApplicationContext start(String database, String profile) {
    return new SpringApplicationBuilder(CchcFlowApplication.class).profiles("postgres", profile).run(
        "--server.port=0",
        "--spring.datasource.url=" + TestPostgres.url(database),
        "--spring.datasource.username=" + TestPostgres.USER,
        "--spring.datasource.password=" + TestPostgres.PASSWORD,
        "--camunda.bpm.job-execution.enabled=false",
        "--cchc.notification.worker-enabled=false",
        "--cchc.organisation.location=classpath:communes/*.yaml");
  }

  private static List<List<String>> snapshot(String database) throws Exception {
    List<List<String>> result = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(TestPostgres.url(database), TestPostgres.USER,
        TestPostgres.PASSWORD); Statement sql = connection.createStatement()) {
      for (String query : SNAPSHOT) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        }
        result.add(rows);
      }
    }
    return result;
  }

  private static void run(String... command) throws Exception {
    String url = TestPostgres.ADMIN_URL.substring("jdbc:postgresql://".length());
    String hostPort = url.substring(0, url.indexOf('/'));
    ProcessBuilder process = new ProcessBuilder(concat("bash", command)).redirectErrorStream(true);
    Map<String, String> env = process.environment();
    env.put("PGHOST", hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort);
    env.put("PGPORT", hostPort.contains(":") ? hostPort.substring(hostPort.indexOf(':') + 1) : "5432");
    env.put("PGUSER", TestPostgres.USER);
    env.put("PGPASSWORD", TestPostgres.PASSWORD);
    env.put("PGDATABASE", prefixed(SOURCE));
    Process started = process.start();
    String output = new String(started.getInputStream().readAllBytes());
    assertThat(started.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(started.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    System.out.print(output);
  }

  private static List<String> concat(String first, String... rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(List.of(rest));
    return all;
  }

  /** The database name TestPostgres gives (with the CCHC_TEST_PG_PREFIX of this checkout). */
  private static String prefixed(String database) {
    String url = TestPostgres.url(database);
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private static void dropDatabase(String database) throws Exception {
    try (Connection admin = DriverManager.getConnection(TestPostgres.ADMIN_URL, TestPostgres.USER, TestPostgres.PASSWORD);
         Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + prefixed(database) + " WITH (FORCE)");
    }
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
