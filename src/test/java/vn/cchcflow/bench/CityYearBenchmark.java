package vn.cchcflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchcflow.CchcFlowApplication;
import vn.cchcflow.TestPostgres;
import vn.cchcflow.planimport.PlanImportService;
import vn.cchcflow.report.ReportCalculator;
import vn.cchcflow.report.ReportPeriod;

/**
 * Benchmark, not a test of speed ({@code bench/city-year.sh}): a city-year of the product beside the bare
 * Camunda reference of ../shared/baseline ({@link BareReference}, authorization off as there, and again with
 * authorization on and candidate groups), phase by phase in the same JVM so that the machine's noise hits
 * both, each on a fresh PostgreSQL database. Product: {@code communes} communes import the seed 001 plan (36
 * lifecycles each); every user step is completed by its person with authorization on, the clock moves from
 * timer to timer through the year and every due job fires; then storage, one commune's summary and the roll-up.
 * Bare: the same number of lifecycles started, completed (7 steps each), a batch parked at a reminder whose
 * timers fire, and its naive history roll-up. Then the flat-cost probe: completion cost with the city's open
 * work, with {@code scales} (default 10 and 30) times as many open tasks bulk-copied into the database (copies
 * in other tenants and groups, as more communes would hold), and again at 1x after removing them.
 * Parameters (system properties): communes (3), years (1), warmup (2), threads (2), scales ("10,30"), flat (true),
 * bare (true), country (3300), countryYears (5).
 */
@Tag("benchmark")
class CityYearBenchmark {

  static final int COMMUNES = Integer.getInteger("communes", 3);
  static final int THREADS = Integer.getInteger("threads", 2);
  static final String SCALES = System.getProperty("scales", "10,30");
  static final boolean FLAT = Boolean.parseBoolean(System.getProperty("flat", "true"));
  static final boolean BARE = Boolean.parseBoolean(System.getProperty("bare", "true"));
  static final String PREFIX = System.getProperty("dbPrefix", "perf_");
  /** Days after the due day a unit files its period report (-DreportLateDays). */
  static final int REPORT_LATE_DAYS = Integer.getInteger("reportLateDays", 3);
  /** -Dshapes=true: print the statements a fired job runs, by kind. */
  static final boolean SHAPES = Boolean.getBoolean("shapes");
  static final int PROBES = 5;
  /** The bare timer batch's least size. */
  static final int TIMER_BATCH = 600;
  /** Rounds of steps each flat-cost probe completes (its commune's open steps, then those that opened). */
  static final int PROBE_ROUNDS = 3;
  /** Communes imported, and bare lifecycles run, before anything is timed: both sides' code is compiled (JIT). */
  static final int WARMUP = Integer.getInteger("warmup", 2);
  static final int COUNTRY = Integer.getInteger("country", 3300);
  static final int COUNTRY_YEARS = Integer.getInteger("countryYears", 5);
  static final LocalDate YEAR_START = LocalDate.of(2026, 1, 5);
  static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
  /** Years the city lives: each commune imports the next year's plan (the seed's year moved on) when it starts. */
  static final int YEARS = Integer.getInteger("years", 1);

  @TempDir
  Path communesDir;

  private final List<String> table = new ArrayList<>();

  @Test
  void a_city_year_beside_the_bare_engine() throws Exception {
    ClockUtil.setCurrentTime(ProductCity.at(YEAR_START, 8));
    int timed = COMMUNES + (FLAT ? PROBES : 0);
    int total = timed + WARMUP;
    String template = resource("communes/namanphu.yaml");
    for (int i = 1; i <= total; i++) {
      Files.writeString(communesDir.resolve(commune(i) + ".yaml"), template.replace("namanphu", commune(i))
          .replace("Xã Nam An Phụ", "Xã Thử nghiệm " + i), StandardCharsets.UTF_8);
    }
    byte[] seed = resource("plans/seed-001-namanphu.txt").getBytes(StandardCharsets.UTF_8);
    Pg productDb = new Pg(PREFIX + "product");
    Pg bareDb = new Pg(PREFIX + "bare");
    Pg bareAuthDb = new Pg(PREFIX + "bare_auth");
    productDb.fresh();
    StatementCounter productStatements = new StatementCounter();
    out("# %d communes x seed 001, %d threads, java %s, %d cpus; machine shared with other work", COMMUNES, THREADS,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

    try (Parallel pool = new Parallel(THREADS);
         ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcFlowApplication.class)
             .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
               @Override
               public Object postProcessAfterInitialization(Object bean, String name) {
                 return bean instanceof javax.sql.DataSource ds && name.equals("dataSource")
                     ? productStatements.wrap(ds) : bean;
               }
             }))
             .profiles("postgres", "production").run("--server.port=0", "--spring.datasource.url=" + productDb.url,
                 "--spring.datasource.username=" + TestPostgres.USER,
                 "--spring.datasource.password=" + TestPostgres.PASSWORD,
                 "--cchc.organisation.location=file:" + communesDir + "/*.yaml",
                 "--camunda.bpm.job-execution.enabled=false", "--cchc.notification.worker-enabled=false",
                 "--logging.level.root=WARN")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ProductCity city = new ProductCity(engine);
      PlanImportService imports = app.getBean(PlanImportService.class);
      long emptyBytes = productDb.bytes();

      if (BARE) {
        bareDb.fresh();
        bareAuthDb.fresh();
      }
      BareReference bare = BARE
          ? new BareReference("bare", bareDb.url, TestPostgres.USER, TestPostgres.PASSWORD, false) : null;
      BareReference bareAuth = BARE
          ? new BareReference("bareAuth", bareAuthDb.url, TestPostgres.USER, TestPostgres.PASSWORD, true) : null;
      int n = COMMUNES * 36;
      long bareEmpty = BARE ? bareDb.bytes() : 0;
      long bareAuthEmpty = BARE ? bareAuthDb.bytes() : 0;

      // 0. warm-up, not timed: the warm-up communes then live their year with the others
      if (BARE) {
        bare.warmUp(pool, WARMUP * 36);
        bareAuth.warmUp(pool, WARMUP * 36);
      }
      pool.run(WARMUP, i -> {
        imports.importPlan("seed-001.txt", seed, commune(timed + i + 1), null);
        return 1;
      });
      long warmLifecycles = importedLifecycles(engine);

      // 1. start / import, interleaved
      double bareStart = BARE ? startBare("bare", bare, pool, n) : Double.NaN;
      ClockUtil.setCurrentTime(ProductCity.at(YEAR_START, 8));
      double bareAuthStart = BARE ? startBare("bare+auth", bareAuth, pool, n) : Double.NaN;
      ClockUtil.setCurrentTime(ProductCity.at(YEAR_START, 8));
      long[] importStatements = productStatements.snapshot();
      productStatements.recording = SHAPES;
      long t0 = System.nanoTime();
      long importThreadNanos = pool.run(timed, i -> {
        long i0 = System.nanoTime();
        imports.importPlan("seed-001.txt", seed, commune(i + 1), null);
        return System.nanoTime() - i0;
      });
      long lifecycles = importedLifecycles(engine) - warmLifecycles;
      double importRate = rate("product import (lifecycles)", lifecycles, t0);
      out("  per imported lifecycle: %.1f statements (%.1f selects), %.1f ms inside JDBC calls",
          (productStatements.snapshot()[0] - importStatements[0]) / (double) lifecycles,
          (productStatements.snapshot()[1] - importStatements[1]) / (double) lifecycles,
          (productStatements.snapshot()[2] - importStatements[2]) / 1e6 / lifecycles);
      out("  per imported lifecycle: %.1f ms of an importing thread's time", importThreadNanos / 1e6 / lifecycles);
      productStatements.recording = false;
      if (SHAPES) {
        out("  statements per imported lifecycle, by kind:");
        productStatements.top(40, lifecycles).forEach(line -> out("    %s", line));
        productStatements.shapes.clear();
      }
      productDb.analyze();
      if (BARE) {
        bareDb.analyze();
        bareAuthDb.analyze();
      }

      // 2. flat cost as the open work grows (before the year run, while the city's work is open)
      if (FLAT) {
        flat(city, productDb, productStatements, pool);
      }

      // 3. completion: bare (7 steps per instance) and the product's year (every step, every timer)
      double bareComplete = Double.NaN;
      double bareAuthComplete = Double.NaN;
      if (BARE) {
        ClockUtil.setCurrentTime(ProductCity.at(YEAR_START, 9));
        long[] s0 = bare.statements.snapshot();
        bareComplete = timed("bare complete (tasks)", () -> bare.completeAll(pool));
        out("  bare: %.1f statements per completion", (bare.statements.snapshot()[0] - s0[0]) / (double) (7L * n));
        s0 = bareAuth.statements.snapshot();
        bareAuthComplete = timed("bare+auth complete (tasks)", () -> bareAuth.completeAll(pool));
        out("  bare+auth: %.1f statements per completion",
            (bareAuth.statements.snapshot()[0] - s0[0]) / (double) (7L * n));
      }
      ClockUtil.setCurrentTime(ProductCity.at(YEAR_START, 9));
      Pg.settle();
      Pg.Counters before = productDb.counters();
      long[] statementsBefore = productStatements.snapshot();
      long completions = 0;
      long jobs = 0;
      long completeWall = 0;
      long jobWall = 0;
      long jobStatements = 0;
      long reportCompletions = 0;
      long reportWall = 0;
      long jobSelects = 0;
      int rounds = 0;
      int cityYear = 1;
      long laterImports = 0;
      long laterImportNanos = 0;
      while (true) {
        List<Task> open = city.openTasks(null);
        if (!open.isEmpty()) {
          long c0 = System.nanoTime();
          productStatements.recording = SHAPES && completions == 0;
          completions += city.completeAll(pool, open);
          completeWall += System.nanoTime() - c0;
          productStatements.recording = false;
          if (completions == open.size()) {
            Pg.settle();
            out("  product, first round of completions (%d): %s", open.size(), productDb.counters()
                .since(before, open.size(), statementsBefore, productStatements.snapshot()));
            if (SHAPES) {
              out("  statements per completion of the first round, by kind:");
              productStatements.top(40, open.size()).forEach(line -> out("    %s", line));
              productStatements.shapes.clear();
            }
          }
          rounds++;
          continue;
        }
        // the units file their period reports a few days late, after their reminders and a first escalation (the
        // product's timers on an open task, as the bare reference's reminder), the coordinating unit
        // consolidates, the chair approves (timed apart: issuing renders the report's DOCX and XLSX)
        List<Task> reportSteps = city.openReportTasks(REPORT_LATE_DAYS);
        if (!reportSteps.isEmpty()) {
          long r0 = System.nanoTime();
          reportCompletions += city.completeAll(pool, reportSteps);
          reportWall += System.nanoTime() - r0;
          continue;
        }
        Date next = city.nextTimer();
        if (next == null || next.after(ProductCity.at(YEAR_END.plusYears(cityYear - 1), 23))) {
          if (cityYear == YEARS) {
            break;
          }
          // the next year: every timed commune imports that year's plan when the year starts
          ClockUtil.setCurrentTime(ProductCity.at(YEAR_START.plusYears(cityYear), 8));
          byte[] plan = seedOfYear(seed, YEAR_START.getYear() + cityYear);
          long before0 = importedLifecycles(engine);
          long i0 = System.nanoTime();
          pool.run(timed, i -> {
            imports.importPlan("seed-001.txt", plan, commune(i + 1), null);
            return 1;
          });
          laterImportNanos += System.nanoTime() - i0;
          laterImports += importedLifecycles(engine) - before0;
          cityYear++;
          continue;
        }
        if (next.after(ClockUtil.getCurrentTime())) {
          ClockUtil.setCurrentTime(new Date(next.getTime() + 60_000));
        }
        long j0 = System.nanoTime();
        productStatements.recording = SHAPES;
        long[] js = productStatements.snapshot();
        jobs += city.fireDue(pool);
        jobWall += System.nanoTime() - j0;
        productStatements.recording = false;
        jobStatements += productStatements.snapshot()[0] - js[0];
        jobSelects += productStatements.snapshot()[1] - js[1];
        if (rounds > 100_000) {
          throw new IllegalStateException("the year does not end");
        }
      }
      if (YEARS > 1) {
        out("product imports of the later years: %d lifecycles in %.1f s (%.1f /s)", laterImports,
            laterImportNanos / 1e9, laterImports / (laterImportNanos / 1e9));
      }
      long imported = importedLifecycles(engine);
      double productComplete = completions / (completeWall / 1e9);
      double productTimers = jobs / (jobWall / 1e9);
      long finished = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey("PlanTaskProcess").finished().count();
      out("product year: %d completions in %.1f s (%.1f /s; %.1f ms per completion inside complete()), "
              + "%d jobs fired in %.1f s (%.1f /s), %d of %d lifecycles finished by %s",
          completions, completeWall / 1e9, productComplete, city.completeNanos.get() / 1e6 / completions, jobs,
          jobWall / 1e9, productTimers, finished, imported, ClockUtil.getCurrentTime());
      out("  period report steps completed (units, consolidation, approval with issuing): %d in %.1f s; reports "
              + "issued: %d", reportCompletions, reportWall / 1e9,
          productDb.number("select count(*) from cchc_report"));
      out("  per lifecycle: %.1f user tasks, %.1f jobs; %d completions retried after a concurrent update",
          completions / (double) (lifecycles + laterImports), jobs / (double) (lifecycles + laterImports),
          city.retries.get());
      city.jobNanos.forEach((key, v) -> out("  jobs of %s: %d, %.2f ms each inside executeJob (%.0f /s on %d threads)",
          key, v[0], v[1] / 1e6 / v[0], v[0] / (v[1] / 1e9 / THREADS), THREADS));
      if (SHAPES) {
        city.jobNanos.forEach((kind, v) -> {
          out("  statements per job of %s (the job queries of the firing loop not included):", kind);
          productStatements.top(40, v[0], kind).forEach(line -> out("    %s", line));
        });
      }
      out("  per job fired: %.1f statements (%.1f selects), including the job queries of the firing loop; jobs by "
          + "process: %s", jobStatements / (double) Math.max(1, jobs), jobSelects / (double) Math.max(1, jobs),
          String.join(", ", productDb.lines("select coalesce(process_def_key_, '-') || ' ' || count(*) "
              + "from act_hi_job_log where job_state_ = 2 group by process_def_key_ order by count(*) desc")));

      // 4. storage per finished lifecycle: live data (VACUUM FULL, untimed: autovacuum is off here and the
      // flat-cost probe's copies leave dead rows behind)
      productDb.execute("VACUUM FULL");
      productDb.analyze();
      long productBytes = productDb.bytes() - emptyBytes;
      out("product storage: %.0f KB per imported lifecycle (%.0f KB per finished), history tables %.0f KB, "
              + "database %d MB", productBytes / 1024.0 / imported, productBytes / 1024.0 / Math.max(1, finished),
          productDb.bytes("act_hi_") / 1024.0 / imported,
          productDb.number("select pg_database_size(current_database())") >> 20);
      out("  largest tables, KB per finished lifecycle (with indexes and TOAST): %s", String.join(", ",
          productDb.lines("select c.relname || ' ' || round(pg_total_relation_size(c.oid) / 1024.0 / "
              + Math.max(1, finished) + ", 1) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
              + "where c.relkind = 'r' and n.nspname = 'public' order by pg_total_relation_size(c.oid) desc limit 14")));
      double reportKb = reportShare(productDb) / 1024.0 / Math.max(1, finished);
      out("  of which the period reports' engine rows: %.0f KB per lifecycle; the rest, task lifecycles and "
          + "everything else: %.0f KB",
          reportKb, productBytes / 1024.0 / Math.max(1, finished) - reportKb);
      double bareKb = Double.NaN;
      double bareAuthKb = Double.NaN;
      if (BARE) {
        bareDb.execute("VACUUM FULL");
        bareAuthDb.execute("VACUUM FULL");
        bareKb = (bareDb.bytes() - bareEmpty) / 1024.0 / bare.finishedInstances();
        bareAuthKb = (bareAuthDb.bytes() - bareAuthEmpty) / 1024.0 / bareAuth.finishedInstances();
        out("bare storage: %.0f KB per finished instance; bare+auth %.0f KB", bareKb, bareAuthKb);
      }

      // 5. bare timers (a fresh batch parked at the reminder), roll-ups
      double bareTimers = Double.NaN;
      double bareStartAndAssign = Double.NaN;
      double bareRollup = Double.NaN;
      if (BARE) {
        ClockUtil.setCurrentTime(ProductCity.at(YEAR_START, 10));
        // start-and-assign: each instance started and its first step (assign) completed, as a lead unit's head does
        // at least TIMER_BATCH instances: a hundred no-op timers fire in well under 0.1 s, too short to time
        int batch = Math.max(n, TIMER_BATCH);
        bareStartAndAssign = timed("bare start-and-assign (the timer batch)", () -> bare.timerSetup(pool, batch));
        bareDb.analyze();
        bareTimers = timed("bare timers", () -> bare.timers(pool));
        long r0 = System.nanoTime();
        bare.rollup(pool);
        bareRollup = (System.nanoTime() - r0) / 1e6;
        out("bare rollup (100 commune groups, naive history queries): %.0f ms", bareRollup);
      }
      if (YEARS == 1) {
        ClockUtil.setCurrentTime(ProductCity.at(YEAR_END, 20));
      }
      ReportCalculator calculator = app.getBean(ReportCalculator.class);
      ReportPeriod year = ReportPeriod.parse("2026").orElseThrow();
      calculator.figures(commune(1), year, Map.of());
      calculator.rollup(year);
      long s0 = System.nanoTime();
      int runs = 5;
      for (int i = 0; i < runs; i++) {
        assertThat(calculator.figures(commune(i % COMMUNES + 1), year, Map.of()).total().total()).isPositive();
      }
      double summaryMs = (System.nanoTime() - s0) / 1e6 / runs;
      s0 = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        assertThat(calculator.rollup(year).communes()).hasSize(total);
      }
      double rollupMs = (System.nanoTime() - s0) / 1e6 / 3;
      out("product: one commune's annual summary %.1f ms (mean of %d), roll-up of %d communes %.1f ms (mean of 3)",
          summaryMs, runs, total, rollupMs);

      // the summary
      out("");
      out("| per unit | bare | bare + authorization | product | product / bare | product / bare+auth |");
      out("|---|---|---|---|---|---|");
      row("start (product: import) per lifecycle, /s", bareStart, bareAuthStart, importRate, true);
      row("import against the bare start-and-assign (start, first step done), /s", bareStartAndAssign, Double.NaN,
          importRate, true);
      row("completion per user task, /s", bareComplete, bareAuthComplete, productComplete, true);
      row("timer/job firing, /s", bareTimers, Double.NaN, productTimers, true);
      row("of which notice timers (a reminder or escalation on an open step, as the bare timer), /s per thread pair",
          bareTimers, Double.NaN, city.noticeRate(THREADS), true);
      row("storage per finished lifecycle, KB", bareKb, bareAuthKb, productBytes / 1024.0 / Math.max(1, finished), false);
      table.add(String.format(Locale.ROOT, "| commune summary, ms | – | – | %.1f | | |", summaryMs));
      table.add(String.format(Locale.ROOT, "| roll-up of the city, ms | %.0f (100 groups) | – | %.1f (%d communes) | | |",
          bareRollup, rollupMs, total));
      table.forEach(line -> out("%s", line));
      table.clear();
      double[] country = COUNTRY > 0 ? country(app, productDb) : new double[] {Double.NaN, Double.NaN};
      if (COUNTRY > 0) {
        table.add(String.format(Locale.ROOT, "| country: one commune's summary, ms (target < 50) | – | – | %.1f | | |",
            country[0]));
        table.add(String.format(Locale.ROOT, "| country: roll-up of %d communes x %d years, ms (target < 1000) | – | – | "
            + "%.0f | | |", COUNTRY, COUNTRY_YEARS, country[1]));
      }
      table.forEach(line -> out("%s", line));
      if (bare != null) {
        bare.close();
        bareAuth.close();
      }
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * The country: the records of commune 1's plan (plan, tasks, deliverables as the year left them) copied to
   * {@code country} communes for each of {@code countryYears} years back (bulk SQL, untimed), then one commune's
   * summary and the roll-up of every commune for 2026 timed through the application's ReportCalculator over a
   * directory of those communes, with the query plans of their SQL. Returns {summary ms, roll-up ms}.
   */
  private double[] country(ConfigurableApplicationContext app, Pg db) throws Exception {
    long c0 = System.nanoTime();
    String source = commune(1);
    db.execute("insert into cchc_plan (commune, code, title, period_start, period_end, created_at, created_by) "
            + "select 'cty' || lpad(c::text, 4, '0'), p.code || '-' || y, p.title, "
            + "(p.period_start - make_interval(years => y))::date, (p.period_end - make_interval(years => y))::date, "
            + "p.created_at, p.created_by from cchc_plan p, generate_series(1, " + COUNTRY + ") c, generate_series(0, "
            + (COUNTRY_YEARS - 1) + ") y where p.commune = '" + source + "'",
        "analyze cchc_plan",
        "insert into cchc_plan_task (plan_id, position, number, area, content, lead_units, external_leads, "
            + "support_units, external_supports, deadline_text, due_date, deliverable, process_instance_id) "
            + "select np.id, t.position, t.number, t.area, t.content, t.lead_units, t.external_leads, t.support_units, "
            + "t.external_supports, t.deadline_text, (t.due_date - make_interval(years => y))::date, t.deliverable, "
            + "t.process_instance_id from cchc_plan p join cchc_plan_task t on t.plan_id = p.id "
            + "cross join generate_series(0, " + (COUNTRY_YEARS - 1) + ") y join cchc_plan np on np.code = p.code || '-' || y "
            + "where p.commune = '" + source + "' and np.commune like 'cty%'",
        "analyze cchc_plan_task",
        "insert into cchc_deliverable (plan_id, plan_task_id, commune, kind, position, label, due_date, opens_on, "
            + "support_units, done_at, submitted_at, withdrawn_at, added_at) "
            + "select np.id, nt.id, np.commune, d.kind, d.position, d.label, (d.due_date - make_interval(years => y))::date, "
            + "(d.opens_on - make_interval(years => y))::date, d.support_units, d.done_at - make_interval(years => y), "
            + "d.submitted_at - make_interval(years => y), d.withdrawn_at - make_interval(years => y), "
            + "d.added_at - make_interval(years => y) from cchc_plan p join cchc_plan_task t on t.plan_id = p.id "
            + "join cchc_deliverable d on d.plan_task_id = t.id cross join generate_series(0, " + (COUNTRY_YEARS - 1) + ") y "
            + "join cchc_plan np on np.code = p.code || '-' || y join cchc_plan_task nt on nt.plan_id = np.id "
            + "and nt.number = t.number where p.commune = '" + source + "' and np.commune like 'cty%'");
    db.analyze();
    out("country: bulk-loaded in %.1f s (untimed): %d plans, %d plan tasks, %d deliverables", (System.nanoTime() - c0) / 1e9,
        db.number("select count(*) from cchc_plan"), db.number("select count(*) from cchc_plan_task"),
        db.number("select count(*) from cchc_deliverable"));
    vn.cchcflow.organisation.Commune template = app.getBean(vn.cchcflow.organisation.CommuneDirectory.class)
        .find(source).orElseThrow();
    List<vn.cchcflow.organisation.Commune> all = new ArrayList<>();
    for (int c = 1; c <= COUNTRY; c++) {
      String id = String.format("cty%04d", c);
      all.add(new vn.cchcflow.organisation.Commune(id, "Xã " + id, template.province(), template.coordinatingUnit(),
          template.units(), template.leaders(), template.reminders(), template.directoryGroups()));
    }
    ReportCalculator country = new ReportCalculator(app.getBean(vn.cchcflow.plan.PlanCatalog.class),
        new vn.cchcflow.organisation.CommuneDirectory(all), app.getBean(vn.cchcflow.tasklifecycle.TaskRecord.class),
        app.getBean(vn.cchcflow.tasklifecycle.TaskProgressReader.class));
    ReportPeriod year = ReportPeriod.parse("2026").orElseThrow();
    country.figures("cty0001", year, Map.of());
    long t0 = System.nanoTime();
    int runs = 5;
    for (int i = 0; i < runs; i++) {
      assertThat(country.figures(String.format("cty%04d", i * 7 + 2), year, Map.of()).total().total()).isPositive();
    }
    double summary = (System.nanoTime() - t0) / 1e6 / runs;
    t0 = System.nanoTime();
    vn.cchcflow.report.CityRollup rollup = country.rollup(year);
    double first = (System.nanoTime() - t0) / 1e6;
    t0 = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      rollup = country.rollup(year);
    }
    double second = (System.nanoTime() - t0) / 1e6 / 3;
    assertThat(rollup.communes()).hasSize(COUNTRY);
    // the roll-up as it was read before (issue 16): the plans' entities with their tasks, then the deliverables'
    // entities by task ids, 1,000 at a time
    vn.cchcflow.plan.PlanCatalog catalog = app.getBean(vn.cchcflow.plan.PlanCatalog.class);
    vn.cchcflow.tasklifecycle.TaskRecord record = app.getBean(vn.cchcflow.tasklifecycle.TaskRecord.class);
    List<String> ids = all.stream().map(vn.cchcflow.organisation.Commune::id).toList();
    t0 = System.nanoTime();
    List<vn.cchcflow.plan.Plan> found = catalog.overlapping(ids, year.start(), year.end());
    int readBefore = record.deliverables(found.stream().flatMap(p -> p.getTasks().stream())
        .map(vn.cchcflow.plan.PlanTask::getId).toList()).values().stream().mapToInt(List::size).sum();
    out("country: reading the year as before (plan and deliverable entities): %.0f ms, %d deliverables of %d plans",
        (System.nanoTime() - t0) / 1e6, readBefore, found.size());
    out("country: one commune's summary %.1f ms (mean of %d), roll-up of %d communes %.0f ms (mean of 3; the "
        + "first, %.0f ms); "
        + "%d deliverables counted", summary, runs, COUNTRY, second, first,
        rollup.communes().stream().mapToInt(r -> r.counts().total()).sum());
    String batch = db.lines("select string_agg(id::text, ',') from (select p.id from cchc_plan p where p.commune "
        + "like 'cty%' and p.period_start <= date '2026-12-31' and p.period_end >= date '2026-01-01' order by p.id "
        + "limit 300) x").get(0);
    for (String query : COUNTRY_QUERIES) {
      String sql = query.replace("(%s)", "(" + batch + ")");
      out("EXPLAIN ANALYZE %s", query.replaceAll("\\s+", " "));
      db.lines("explain (analyze, buffers off, summary on) " + sql).forEach(line -> out("  %s", line));
    }
    return new double[] {summary, second};
  }

  /**
   * Bytes of the engine tables that belong to the reporting processes: each table's size times the share of
   * its rows whose process definition is PeriodReportProcess or ReportScheduleProcess.
   */
  private static double reportShare(Pg db) throws Exception {
    String[][] tables = {{"act_hi_varinst", "proc_def_key_"}, {"act_hi_actinst", "proc_def_key_"},
        {"act_hi_job_log", "process_def_key_"}, {"act_hi_taskinst", "proc_def_key_"},
        {"act_hi_op_log", "proc_def_key_"}, {"act_hi_procinst", "proc_def_key_"},
        {"act_ru_variable", "(select key_ from act_re_procdef p where p.id_ = t.proc_def_id_)"},
        {"act_ru_execution", "(select key_ from act_re_procdef p where p.id_ = t.proc_def_id_)"},
        {"act_ru_job", "process_def_key_"}, {"act_ru_task", "(select key_ from act_re_procdef p where p.id_ = t.proc_def_id_)"}};
    double bytes = 0;
    for (String[] t : tables) {
      bytes += Double.parseDouble(db.lines("select coalesce(pg_total_relation_size('" + t[0] + "') * avg(case when "
          + t[1] + " in ('PeriodReportProcess', 'ReportScheduleProcess') then 1.0 else 0.0 end), 0) from " + t[0]
          + " t").get(0));
    }
    return bytes;
  }

  /** The SQL of a commune's summary and of the roll-up (as Hibernate runs them, parameters inlined). */
  static final String[] COUNTRY_QUERIES = {
      "select p.id, t.id from cchc_plan p left join cchc_plan_task t on t.plan_id = p.id "
          + "where p.commune in ('cty0002') and p.period_start <= date '2026-12-31' and p.period_end >= date '2026-01-01'",
      "select d.* from cchc_deliverable d where d.plan_task_id in (select t.id from cchc_plan p join cchc_plan_task t "
          + "on t.plan_id = p.id where p.commune = 'cty0002' and p.period_start <= date '2026-12-31' "
          + "and p.period_end >= date '2026-01-01') order by d.plan_task_id, d.position",
      "select p.id from cchc_plan p where p.commune like 'cty%' and p.period_start <= date '2026-12-31' "
          + "and p.period_end >= date '2026-01-01'",
      // one batch of the roll-up's plans (JpaTaskRecord reads them 300 at a time), ids filled in below
      "select d.id, d.plan_task_id, d.commune, d.kind, d.position, d.due_date, d.submitted_at, d.done_at, "
          + "d.withdrawn_at, d.added_at from cchc_deliverable d where d.plan_id in (%s)",
  };

  /** Completion cost with the city's open work, then with more open tasks bulk-copied in, then back at 1x. */
  private void flat(ProductCity city, Pg db, StatementCounter statements, Parallel pool) throws Exception {
    long openBase = db.number("select count(*) from act_ru_task");
    List<Probe> costs = new ArrayList<>();
    int probe = COMMUNES + 1;
    db.checkpoint();
    probe(city, db, statements, pool, commune(probe++), "warm-up (not counted)");
    costs.add(probe(city, db, statements, pool, commune(probe++), "1x (" + openBase + " open tasks)"));
    int copies = 0;
    for (String scale : SCALES.split(",")) {
      int target = Integer.parseInt(scale.strip());
      long c0 = System.nanoTime();
      copyOpenWork(db, copies + 1, target - 1);
      copies = target - 1;
      db.analyze();
      db.checkpoint();
      out("  bulk-copied open work up to %dx in %.1f s (untimed): %d open tasks, %d authorizations, %d identity links, "
              + "%d users", target, (System.nanoTime() - c0) / 1e9, db.number("select count(*) from act_ru_task"),
          db.number("select count(*) from act_ru_authorization"), db.number("select count(*) from act_ru_identitylink"),
          db.number("select count(*) from act_id_user"));
      costs.add(probe(city, db, statements, pool, commune(probe++), target + "x"));
    }
    db.execute("delete from act_ru_variable where id_ like 'ph%'", "delete from act_ru_authorization where id_ like 'ph%'",
        "delete from act_ru_identitylink where id_ like 'ph%'", "delete from act_ru_task where id_ like 'ph%'",
        "delete from act_ru_execution where id_ like 'ph%'", "delete from act_id_tenant_member where id_ like 'ph%'",
        "delete from act_id_tenant where id_ ~ 'zz[0-9]+$'", "delete from act_id_membership where user_id_ ~ 'zz[0-9]+$'",
        "delete from act_id_group where id_ ~ 'zz[0-9]+$'", "delete from act_id_user where id_ ~ 'zz[0-9]+$'");
    db.analyze();
    db.checkpoint();
    costs.add(probe(city, db, statements, pool, commune(probe), "1x again (copies removed)"));
    Probe first = costs.get(0);
    Probe last = costs.get(costs.size() - 1);
    double base = (first.ms() + last.ms()) / 2;
    for (int i = 1; i < costs.size() - 1; i++) {
      Probe at = costs.get(i);
      out("flat cost: %sx open tasks cost %.2f ms per completion against %.2f ms at 1x: ratio %.2f (target <= 1.2); "
              + "work against the first 1x: statements %.2f, rows read by scans %.2f",
          SCALES.split(",")[i - 1].strip(), at.ms(), base, at.ms() / base, at.statements() / first.statements(),
          at.rowsRead() / first.rowsRead());
    }
  }

  /**
   * Completes the open steps of one untouched commune, then the steps that opened, for {@link #PROBE_ROUNDS}
   * rounds (every probe commune takes the same steps, and a few hundred completions outweigh the noise of
   * one); ms per completion (wall, the pool's threads).
   */
  private Probe probe(ProductCity city, Pg db, StatementCounter statements, Parallel pool, String commune,
                      String label) throws Exception {
    Pg.settle();
    Pg.Counters before = db.counters();
    long[] s0 = statements.snapshot();
    long n = 0;
    long nanos = 0;
    for (int round = 0; round < PROBE_ROUNDS; round++) {
      List<Task> open = city.openTasks(commune);
      long t0 = System.nanoTime();
      n += city.completeAll(pool, open);
      nanos += System.nanoTime() - t0;
    }
    double ms = nanos / 1e6 / n;
    Pg.settle();
    Pg.Counters after = db.counters();
    long[] s1 = statements.snapshot();
    out("flat cost at %s: %d completions, %.2f ms each; per completion %s", label, n, ms,
        after.since(before, n, s0, s1));
    return new Probe(ms, (s1[0] - s0[0]) / (double) n, after.rowsReadSince(before) / (double) n);
  }

  /** A flat-cost probe per completion: wall time, statements, rows PostgreSQL read by scans. */
  private record Probe(double ms, double statements, double rowsRead) {
  }

  /**
   * Copies every open task of the database (with its execution, task variables, identity links and task
   * authorizations) into copies from..to, each in a tenant and groups of its own: the open work of more
   * communes, without their history. Copies carry ids starting with "ph".
   */
  static void copyOpenWork(Pg db, int from, int to) throws Exception {
    if (from > to) {
      return;
    }
    String k = " generate_series(" + from + ", " + to + ") k ";
    String ph = "'ph' || k || '-' || ";
    db.execute(
        "insert into act_ru_execution select (jsonb_populate_record(null::act_ru_execution, to_jsonb(e) || "
            + "jsonb_build_object('id_', " + ph + "t.id_, 'proc_inst_id_', " + ph + "t.id_, 'root_proc_inst_id_', "
            + ph + "t.id_, 'parent_id_', null, 'super_exec_', null, 'super_case_exec_', null, 'business_key_', null, "
            + "'tenant_id_', e.tenant_id_ || 'zz' || k))).* from act_ru_task t join act_ru_execution e "
            + "on e.id_ = t.execution_id_, " + k + " where t.id_ not like 'ph%'",
        "insert into act_ru_task select (jsonb_populate_record(null::act_ru_task, to_jsonb(t) || "
            + "jsonb_build_object('id_', " + ph + "t.id_, 'execution_id_', " + ph + "t.id_, 'proc_inst_id_', " + ph
            + "t.id_, 'tenant_id_', t.tenant_id_ || 'zz' || k, 'assignee_', t.assignee_ || 'zz' || k, "
            + "'parent_task_id_', null, 'case_execution_id_', null, 'case_inst_id_', null))).* "
            + "from act_ru_task t, " + k + " where t.id_ not like 'ph%'",
        "insert into act_ru_variable select (jsonb_populate_record(null::act_ru_variable, to_jsonb(v) || "
            + "jsonb_build_object('id_', " + ph + "v.id_, 'task_id_', " + ph + "v.task_id_, 'execution_id_', " + ph
            + "v.task_id_, 'proc_inst_id_', " + ph + "v.task_id_, 'var_scope_', " + ph + "v.task_id_, "
            + "'tenant_id_', v.tenant_id_ || 'zz' || k))).* from act_ru_variable v, " + k
            + " where v.task_id_ is not null and v.task_id_ not like 'ph%' and v.bytearray_id_ is null",
        "insert into act_ru_identitylink select (jsonb_populate_record(null::act_ru_identitylink, to_jsonb(l) || "
            + "jsonb_build_object('id_', " + ph + "l.id_, 'task_id_', " + ph + "l.task_id_, 'group_id_', "
            + "l.group_id_ || 'zz' || k, 'user_id_', l.user_id_ || 'zz' || k, 'tenant_id_', l.tenant_id_ || 'zz' || k))).* "
            + "from act_ru_identitylink l, " + k + " where l.task_id_ is not null and l.task_id_ not like 'ph%'",
        "insert into act_ru_authorization select (jsonb_populate_record(null::act_ru_authorization, to_jsonb(a) || "
            + "jsonb_build_object('id_', " + ph + "a.id_, 'resource_id_', " + ph + "a.resource_id_, 'group_id_', "
            + "a.group_id_ || 'zz' || k, 'user_id_', a.user_id_ || 'zz' || k))).* from act_ru_authorization a "
            + "join act_ru_task t on t.id_ = a.resource_id_ and a.resource_type_ = 7, " + k
            + " where t.id_ not like 'ph%'",
        "insert into act_id_user select (jsonb_populate_record(null::act_id_user, to_jsonb(u) || "
            + "jsonb_build_object('id_', u.id_ || 'zz' || k))).* from act_id_user u, " + k
            + " where u.id_ !~ 'zz[0-9]+$' and u.id_ like 'bench%'",
        "insert into act_id_group select (jsonb_populate_record(null::act_id_group, to_jsonb(g) || "
            + "jsonb_build_object('id_', g.id_ || 'zz' || k))).* from act_id_group g, " + k
            + " where g.id_ !~ 'zz[0-9]+$' and g.id_ like 'bench%'",
        "insert into act_id_membership select m.user_id_ || 'zz' || k, m.group_id_ || 'zz' || k "
            + "from act_id_membership m, " + k + " where m.user_id_ !~ 'zz[0-9]+$' and m.user_id_ like 'bench%'",
        "insert into act_id_tenant select (jsonb_populate_record(null::act_id_tenant, to_jsonb(t) || "
            + "jsonb_build_object('id_', t.id_ || 'zz' || k))).* from act_id_tenant t, " + k
            + " where t.id_ !~ 'zz[0-9]+$' and t.id_ like 'bench%'",
        "insert into act_id_tenant_member select 'ph' || k || '-' || m.id_, m.tenant_id_ || 'zz' || k, "
            + "m.user_id_ || 'zz' || k, m.group_id_ || 'zz' || k from act_id_tenant_member m, " + k
            + " where m.id_ not like 'ph%' and m.tenant_id_ like 'bench%'");
  }

  // --- printing ---

  interface Phase {
    long run() throws Exception;
  }

  /** Plan task lifecycles started so far (warm-up communes included). */
  private static long importedLifecycles(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("PlanTaskProcess")
        .count();
  }

  /**
   * The seed plan for another year: its year and the year before it moved on (dates, deadlines, the title and
   * so the plan's code); the decrees it cites keep their numbers' shape.
   */
  static byte[] seedOfYear(byte[] seed, int year) {
    String text = new String(seed, StandardCharsets.UTF_8);
    int shift = year - YEAR_START.getYear();
    Matcher m = Pattern.compile("(?<![0-9])(2025|2026)(?![0-9])").matcher(text);
    StringBuilder moved = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(moved, String.valueOf(Integer.parseInt(m.group(1)) + shift));
    }
    m.appendTail(moved);
    return moved.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Starts n bare lifecycles and prints what each start cost inside JDBC. */
  private double startBare(String name, BareReference reference, Parallel pool, int n) throws Exception {
    long[] s0 = reference.statements.snapshot();
    double rate = timed(name + " start", () -> reference.start(pool, n));
    long[] s1 = reference.statements.snapshot();
    out("  %s: %.1f statements per start, %.1f ms inside JDBC calls", name, (s1[0] - s0[0]) / (double) n,
        (s1[2] - s0[2]) / 1e6 / n);
    return rate;
  }

  /** Runs the phase and prints it as Baseline does; returns its rate per second. */
  private double timed(String phase, Phase body) throws Exception {
    long t0 = System.nanoTime();
    long n = body.run();
    return rate(phase, n, t0);
  }

  private double rate(String phase, long n, long startNanos) {
    double s = (System.nanoTime() - startNanos) / 1e9;
    out("phase=%s n=%d seconds=%.3f per_second=%.1f", phase, n, s, n / s);
    return n / s;
  }

  private void row(String what, double bare, double bareAuth, double product, boolean perSecond) {
    // a rate: the ratio is how many times slower the product is; a size: how many times larger
    double r1 = perSecond ? bare / product : product / bare;
    double r2 = perSecond ? bareAuth / product : product / bareAuth;
    table.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", what, f(bare), f(bareAuth), f(product),
        Double.isNaN(r1) ? "–" : String.format(Locale.ROOT, "%.2f×", r1),
        Double.isNaN(r2) ? "–" : String.format(Locale.ROOT, "%.2f×", r2)));
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
  }

  private static void out(String format, Object... args) {
    System.out.println("benchmark: " + String.format(Locale.ROOT, format, args));
  }

  static String commune(int i) {
    return String.format("bench%03d", i);
  }

  private static String resource(String path) throws java.io.IOException {
    try (InputStream in = CityYearBenchmark.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
