package vn.cchcflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchcflow.CchcFlowApplication;
import vn.cchcflow.TestPostgres;
import vn.cchcflow.planimport.PlanImportService;

/**
 * Benchmark, not a test of speed: a city of 100 communes, each importing the seed 001 plan (3,600 task
 * lifecycles) on PostgreSQL; prints the time to sync, to import, to compute one commune's summary and
 * the city roll-up. Run with {@code bench/city-rollup.sh} (excluded from the normal test run).
 */
@Tag("benchmark")
class CityRollupBenchmark {

  static final int COMMUNES = Integer.getInteger("communes", 100);
  static final String DATABASE = "cchcflow_bench";

  @TempDir
  Path communesDir;

  @Test
  void city_of_100_communes_with_the_seed_001_plan() throws Exception {
    ClockUtil.reset();
    TestPostgres.freshDatabaseOrSkip(DATABASE);
    String template = resource("communes/namanphu.yaml");
    for (int i = 1; i <= COMMUNES; i++) {
      String id = String.format("bench%03d", i);
      Files.writeString(communesDir.resolve(id + ".yaml"), template.replace("namanphu", id)
          .replace("Xã Nam An Phụ", "Xã Thử nghiệm " + i), StandardCharsets.UTF_8);
    }
    byte[] seed = resource("plans/seed-001-namanphu.txt").getBytes(StandardCharsets.UTF_8);
    String url = TestPostgres.url(DATABASE);

    long start = System.nanoTime();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcFlowApplication.class)
        .profiles("postgres", "production").run("--server.port=0", "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + TestPostgres.USER, "--spring.datasource.password=" + TestPostgres.PASSWORD,
            "--cchc.organisation.location=file:" + communesDir + "/*.yaml",
            "--camunda.bpm.job-execution.enabled=false", "--cchc.notification.worker-enabled=false")) {
      long started = System.nanoTime();
      PlanImportService imports = app.getBean(PlanImportService.class);
      for (int i = 1; i <= COMMUNES; i++) {
        imports.importPlan("seed-001.txt", seed, String.format("bench%03d", i), null);
      }
      long imported = System.nanoTime();

      ReportCalculator calculator = app.getBean(ReportCalculator.class);
      ReportPeriod year = ReportPeriod.parse("2026").orElseThrow();
      calculator.figures("bench001", year, java.util.Map.of());
      long summaryStart = System.nanoTime();
      int runs = 5;
      for (int i = 0; i < runs; i++) {
        assertThat(calculator.figures(String.format("bench%03d", i + 1), year, java.util.Map.of()).total().total())
            .isEqualTo(36);
      }
      long summaries = System.nanoTime();
      CityRollup rollup = null;
      for (int i = 0; i < 3; i++) {
        rollup = calculator.rollup(year);
      }
      long rollups = System.nanoTime();

      assertThat(rollup.communes()).hasSize(COMMUNES);
      assertThat(rollup.communes().stream().mapToInt(r -> r.counts().total()).sum()).isEqualTo(COMMUNES * 36);
      System.out.printf("benchmark: %d communes, %d task lifecycles on PostgreSQL%n", COMMUNES, COMMUNES * 36);
      System.out.printf("benchmark: start-up incl. organisation sync of %d communes: %.1f s%n", COMMUNES,
          (started - start) / 1e9);
      System.out.printf("benchmark: import of the seed 001 plan into every commune: %.1f s (%.0f ms per commune)%n",
          (imported - started) / 1e9, (imported - started) / 1e6 / COMMUNES);
      System.out.printf("benchmark: one commune's annual summary: %.0f ms (mean of %d)%n",
          (summaries - summaryStart) / 1e6 / runs, runs);
      System.out.printf("benchmark: city roll-up of %d communes: %.0f ms (mean of 3)%n", COMMUNES,
          (rollups - summaries) / 1e6 / 3);
    }
  }

  private static String resource(String path) throws java.io.IOException {
    try (InputStream in = CityRollupBenchmark.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

}
