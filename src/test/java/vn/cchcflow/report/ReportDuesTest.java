package vn.cchcflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcflow.plan.Target;

/** One report per due date; a period's next one; which targets the engine measures. */
class ReportDuesTest {

  @Test
  void seed_001_schedule_gives_four_reports_the_june_one_covering_the_quarter_and_the_december_one_the_year() {
    List<ReportDues.Due> dues = ReportDues.of(PeriodReportScenario.QUARTERS_HALF_YEAR_YEAR);

    assertThat(dues).containsExactly(
        new ReportDues.Due("2026-Q1", LocalDate.of(2026, 3, 4), List.of()),
        new ReportDues.Due("2026-H1", LocalDate.of(2026, 6, 4), List.of("quý II năm 2026")),
        new ReportDues.Due("2026-Q3", LocalDate.of(2026, 9, 4), List.of()),
        new ReportDues.Due("2026", LocalDate.of(2026, 12, 4), List.of("quý IV năm 2026")));
  }

  @Test
  void the_next_period_follows_in_the_same_kind_across_the_year_end() {
    assertThat(next("2026-Q4")).isEqualTo("2027-Q1");
    assertThat(next("2026-H1")).isEqualTo("2026-H2");
    assertThat(next("2026-H2")).isEqualTo("2027-H1");
    assertThat(next("2026-12")).isEqualTo("2027-01");
    assertThat(next("2026")).isEqualTo("2027");
  }

  @Test
  void the_engine_measures_tasks_on_time_reports_on_time_and_deliverables_and_leaves_the_rest_to_the_units() {
    assertThat(TargetResults.measure(target(PeriodReportScenario.TASKS_ON_TIME)))
        .isEqualTo(TargetResults.Measure.TASKS_ON_TIME);
    assertThat(TargetResults.measure(target("100% báo cáo định kỳ được gửi đúng thời hạn")))
        .isEqualTo(TargetResults.Measure.REPORTS_ON_TIME);
    assertThat(TargetResults.measure(target("100% sản phẩm của nhiệm vụ được nộp đúng hạn")))
        .isEqualTo(TargetResults.Measure.DELIVERABLES_SUBMITTED);
    // seed 001 target b: tasks the city gives, not this plan's: the engine cannot know them
    assertThat(TargetResults.measure(target("Hoàn thành 100% nhiệm vụ được Ủy ban nhân dân thành phố, Chủ tịch Ủy "
        + "ban nhân dân thành phố giao bảo đảm tiến độ, chất lượng.")))
        .isEqualTo(TargetResults.Measure.REPORTED_BY_UNIT);
    assertThat(TargetResults.measure(target(PeriodReportScenario.SATISFACTION)))
        .isEqualTo(TargetResults.Measure.REPORTED_BY_UNIT);
  }

  private static Target target(String text) {
    return new Target(null, text, Target.Comparator.AT_LEAST, 100.0, "%");
  }

  private static String next(String code) {
    return ReportPeriod.parse(code).orElseThrow().next().code();
  }
}
