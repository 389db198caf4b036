package vn.cchcflow.planimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.cchcflow.plan.ReportingRule.Kind.ANNUAL;
import static vn.cchcflow.plan.ReportingRule.Kind.HALF_YEAR;
import static vn.cchcflow.plan.ReportingRule.Kind.MONTHLY;
import static vn.cchcflow.plan.ReportingRule.Kind.QUARTERLY;
import static vn.cchcflow.plan.Target.Comparator.AT_LEAST;
import static vn.cchcflow.plan.Target.Comparator.AT_MOST;
import static vn.cchcflow.plan.Target.Comparator.GREATER_THAN;
import static vn.cchcflow.plan.Target.Comparator.LESS_THAN;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcflow.planimport.PlanFacts;
import vn.cchcflow.plan.ReportingRule;
import vn.cchcflow.plan.Target;

class PlanBodyReaderTest {

  private static final String HAI_PHONG_REPORTING = "báo cáo Quý, báo cáo 6 tháng gửi trước ngày 05 tháng cuối của quý, "
      + "báo cáo năm gửi trước ngày 05/12/2026";

  // seed 000 — phường Ái Quốc, CCHC 2026

  @Test
  void reads_title_locality_period_and_coordinating_unit_of_seed_000() {
    PlanFacts facts = seed("seed-000-aiquoc.txt");

    assertThat(facts.title()).isEqualTo("Kế hoạch cải cách hành chính nhà nước phường Ái Quốc năm 2026");
    assertThat(facts.locality()).isEqualTo("phường Ái Quốc");
    assertThat(facts.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(facts.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(facts.coordinatingUnit()).isEqualTo("Phòng Văn hóa - Xã hội");
  }

  @Test
  void reads_quarterly_half_year_and_annual_reporting_of_seed_000() {
    assertHaiPhongReporting(seed("seed-000-aiquoc.txt"));
  }

  @Test
  void reads_the_lettered_targets_of_seed_000() {
    // the numeric targets; items stated without a figure are kept as qualitative targets (tested below)
    List<Target> targets = seed("seed-000-aiquoc.txt").targets().stream().filter(Target::isNumeric).toList();

    assertThat(targets).extracting(Target::code, Target::comparator, Target::value, Target::unit).containsExactly(
        tuple("b", AT_LEAST, 100.0, "%"),
        tuple("c", AT_LEAST, 100.0, "%"),
        tuple("đ", AT_LEAST, 100.0, "%"),
        tuple("e", AT_LEAST, 90.0, "%"));
    assertThat(targets.get(3).text()).isEqualTo("Mức độ hài lòng của người dân và doanh nghiệp: về giải quyết thủ tục "
        + "hành chính; về sự phục vụ của cơ quan hành chính nhà nước; về cung cấp dịch vụ y tế, giáo dục công lập "
        + "đạt 90% trở lên.");
  }

  // seed 001 — xã Nam An Phụ, CCHC 2026 (decision + plan + appendix)

  @Test
  void takes_the_plan_name_from_the_decision_of_seed_001() {
    PlanFacts facts = seed("seed-001-namanphu.txt");

    assertThat(facts.title()).isEqualTo("Kế hoạch cải cách hành chính nhà nước xã Nam An Phụ năm 2026");
    assertThat(facts.locality()).isEqualTo("xã Nam An Phụ");
    assertThat(facts.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(facts.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(facts.coordinatingUnit()).isEqualTo("Phòng Văn hóa - Xã hội");
  }

  @Test
  void reads_quarterly_half_year_and_annual_reporting_of_seed_001() {
    assertHaiPhongReporting(seed("seed-001-namanphu.txt"));
  }

  @Test
  void reads_the_targets_of_seed_001_including_online_payment_stated_in_the_appendix() {
    // the numeric targets; items stated without a figure are kept as qualitative targets (tested below)
    List<Target> targets = seed("seed-001-namanphu.txt").targets().stream().filter(Target::isNumeric).toList();

    assertThat(targets).extracting(Target::code, Target::comparator, Target::value).containsExactly(
        tuple("b", AT_LEAST, 100.0),
        tuple("c", AT_LEAST, 100.0),
        tuple("d", AT_LEAST, 10.0),
        tuple("e", AT_LEAST, 100.0),
        tuple("f", AT_LEAST, 90.0),
        tuple("22", AT_LEAST, 80.0));
    assertThat(targets.get(5)).isEqualTo(new Target("22", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia "
        + "trên tổng số giao dịch thanh toán của dịch vụ công đạt tối thiểu 80%", AT_LEAST, 80.0, "%"));
    assertThat(targets.get(2).text())
        .isEqualTo("Vượt chỉ tiêu thu ngân sách năm 2026 được UBND thành phố giao (tăng ít nhất 10% so với 2025).");
  }

  // seed 002 — phường Bắc Hồng Lĩnh (Hà Tĩnh), CCHC 2026, hard-wrapped lines

  @Test
  void reads_title_locality_period_and_standing_unit_of_seed_002() {
    PlanFacts facts = seed("seed-002-backhonglinh.txt");

    assertThat(facts.title()).isEqualTo("Kế hoạch cải cách hành chính phường Bắc Hồng Lĩnh năm 2026");
    assertThat(facts.locality()).isEqualTo("phường Bắc Hồng Lĩnh");
    assertThat(facts.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(facts.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(facts.coordinatingUnit()).isEqualTo("Phòng Văn hóa - Xã hội");
  }

  @Test
  void reads_monthly_to_annual_reporting_of_seed_002_due_at_the_end_of_each_period_as_no_day_is_stated() {
    List<ReportingRule> reporting = seed("seed-002-backhonglinh.txt").reporting();

    assertThat(reporting).extracting(ReportingRule::kind).containsExactly(MONTHLY, QUARTERLY, HALF_YEAR, ANNUAL);
    assertThat(reporting.get(0).dues()).hasSize(12).startsWith(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))
        .endsWith(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
    assertThat(reporting.get(1).dues()).containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30),
        LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
    assertThat(reporting.get(2).dues()).containsExactly(LocalDate.of(2026, 6, 30));
    assertThat(reporting.get(3).dues()).containsExactly(LocalDate.of(2026, 12, 31));
    assertThat(reporting.get(0).text()).isEqualTo("Báo cáo kết quả thực hiện các nhiệm vụ, lĩnh vực được giao theo "
        + "định kỳ hàng tháng, quý, 6 tháng, năm và đột xuất khi có yêu cầu.");
  }

  @Test
  void reads_the_numbered_targets_of_seed_002() {
    List<Target> targets = seed("seed-002-backhonglinh.txt").targets().stream().filter(Target::isNumeric).toList();

    assertThat(targets).hasSize(32);
    assertThat(targets).contains(
        new Target("3.6", "Tỷ lệ hồ sơ TTHC được giải quyết trước, đúng hạn trên 99%.", GREATER_THAN, 99.0, "%"),
        new Target("3.8", "Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 95%.", AT_LEAST, 95.0, "%"),
        new Target("3.9", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt trên 95%.", GREATER_THAN, 95.0, "%"),
        new Target("3.10", "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt từ 98% trở lên.",
            AT_LEAST, 98.0, "%"),
        new Target("3.7", "Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 70% trên tổng số hồ sơ tiếp nhận của đơn vị.",
            AT_LEAST, 70.0, "%"));
    assertThat(targets).filteredOn(t -> "7.1.2".equals(t.code())).singleElement()
        .extracting(Target::comparator, Target::value).containsExactly(GREATER_THAN, 95.0);
  }

  @Test
  void reads_counted_targets_and_splits_items_with_two_figures_in_seed_002() {
    List<Target> targets = seed("seed-002-backhonglinh.txt").targets();

    assertThat(targets).filteredOn(t -> List.of("1.3", "1.4").contains(t.code()))
        .extracting(Target::code, Target::comparator, Target::value, Target::unit)
        .containsExactly(tuple("1.3", AT_LEAST, 1.0, "sáng kiến"), tuple("1.4", AT_LEAST, 1.0, "cuộc đối thoại/diễn đàn"));
    assertThat(targets).filteredOn(t -> "3.5".equals(t.code())).extracting(Target::text).containsExactly(
        "100% hồ sơ TTHC được số hóa trên Hệ thống (bao gồm hồ sơ tiếp nhận và kết quả giải quyết).",
        "100% TTHC được giải quyết cấp kết quả điện tử.");
  }

  // seed 003 — phường Thủy Nguyên, CCHC 6 tháng cuối năm 2025

  @Test
  void reads_the_half_year_period_of_seed_003_and_spells_the_locality_one_way() {
    PlanFacts facts = seed("seed-003-thuynguyen.txt");

    // the decision writes "Thuỷ", the rest of the text "Thủy"
    assertThat(facts.title())
        .isEqualTo("Kế hoạch cải cách hành chính nhà nước phường Thủy Nguyên 6 tháng cuối năm 2025");
    assertThat(facts.locality()).isEqualTo("phường Thủy Nguyên");
    assertThat(facts.periodStart()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(facts.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void takes_the_unit_that_compiles_reports_as_coordinating_unit_of_seed_003() {
    assertThat(seed("seed-003-thuynguyen.txt").coordinatingUnit()).isEqualTo("Phòng Văn hóa - Xã hội");
  }

  /**
   * Seed 003's only reporting sentence ("Định kỳ hàng quý, có văn bản báo cáo Ủy ban nhân dân phường …") is
   * a duty in the Văn phòng's section: the unit reports, the plan sets no rule of its own. It is not taken
   * as the plan's reporting schedule.
   */
  @Test
  void does_not_take_a_units_own_duty_to_report_as_the_plans_rule_in_seed_003() {
    List<ReportingRule> reporting = seed("seed-003-thuynguyen.txt").reporting();

    assertThat(reporting).isEmpty();
  }

  @Test
  void keeps_the_items_of_a_target_section_without_a_figure_as_qualitative_targets() {
    assertThat(seed("seed-000-aiquoc.txt").targets()).filteredOn(t -> !t.isNumeric()).extracting(Target::code)
        .containsExactly("a", "d");
    assertThat(seed("seed-003-thuynguyen.txt").targets()).filteredOn(t -> !t.isNumeric()).extracting(Target::code)
        .containsExactly("1", "8");
    assertThat(seed("seed-004-quyetthang.txt").targets()).allMatch(Target::isNumeric);
  }

  @Test
  void reads_every_figure_of_the_targets_of_seed_003() {
    // the numeric targets; items stated without a figure are kept as qualitative targets (tested below)
    List<Target> targets = seed("seed-003-thuynguyen.txt").targets().stream().filter(Target::isNumeric).toList();

    assertThat(targets).extracting(Target::code, Target::comparator, Target::value).containsExactly(
        tuple("2", AT_LEAST, 100.0),
        tuple("3", AT_LEAST, 100.0),
        tuple("4", AT_LEAST, 100.0),
        tuple("5", AT_LEAST, 95.0),
        tuple("5", AT_LEAST, 90.0),
        tuple("6", AT_LEAST, 100.0),
        tuple("7", AT_LEAST, 60.0),
        tuple("7", AT_LEAST, 100.0),
        tuple("7", AT_LEAST, 100.0),
        tuple("7", AT_LEAST, 80.0),
        tuple("7", AT_LEAST, 100.0));
    assertThat(targets.get(4).text()).isEqualTo("Trong đó, mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực "
        + "đất đai, xây dựng, đầu tư đạt tối thiểu 90%.");
  }

  // seed 004 — xã Quyết Thắng, kiểm soát TTHC và một cửa 2026

  @Test
  void reads_title_locality_period_and_coordinating_unit_of_seed_004() {
    PlanFacts facts = seed("seed-004-quyetthang.txt");

    assertThat(facts.title()).isEqualTo("Kế hoạch kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa "
        + "liên thông năm 2026 trên địa bàn xã Quyết Thắng");
    assertThat(facts.locality()).isEqualTo("xã Quyết Thắng");
    assertThat(facts.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(facts.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(facts.coordinatingUnit()).isEqualTo("Trung tâm Phục vụ hành chính công");
  }

  @Test
  void finds_no_periodic_schedule_in_seed_004_which_asks_for_reports_only_as_required() {
    assertThat(seed("seed-004-quyetthang.txt").reporting()).isEmpty();
  }

  @Test
  void reads_goal_percentages_of_seed_004_from_its_body_and_appendix_but_not_bare_ones() {
    List<Target> targets = seed("seed-004-quyetthang.txt").targets();

    assertThat(targets).extracting(Target::code, Target::comparator, Target::value).containsExactly(
        tuple(null, AT_LEAST, 95.0),
        tuple(null, AT_LEAST, 95.0),
        tuple(null, AT_LEAST, 90.0),
        tuple(null, AT_LEAST, 95.0),
        tuple("3", AT_LEAST, 80.0),
        tuple("4", AT_LEAST, 100.0),
        tuple("5", AT_LEAST, 100.0),
        tuple("5", AT_LEAST, 100.0),
        tuple("7", AT_LEAST, 90.0));
    assertThat(targets.get(0).text()).endsWith("phấn đấu mức độ hài lòng đạt từ 95% trở lên trong tiếp nhận và giải "
        + "quyết thủ tục hành chính.");
    assertThat(targets).extracting(Target::text).noneMatch(text -> text.contains("cắt giảm 50%"));
  }

  // the rules on small texts

  @Test
  void reads_a_first_half_year_plan_and_monthly_reports_due_the_day_before_the_stated_day() {
    PlanFacts facts = PlanBodyReader.read("""
        KẾ HOẠCH
        Chuyển đổi số xã Thử Nghiệm 6 tháng đầu năm 2026

        IV. TỔ CHỨC THỰC HIỆN
        Các phòng báo cáo tháng gửi trước ngày 20 hằng tháng về Ủy ban nhân dân xã (qua Văn phòng HĐND và UBND xã).
        """);

    assertThat(facts.title()).isEqualTo("Kế hoạch chuyển đổi số xã Thử Nghiệm 6 tháng đầu năm 2026");
    assertThat(facts.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(facts.periodEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(facts.coordinatingUnit()).isEqualTo("Văn phòng HĐND và UBND");
    assertThat(facts.reporting()).singleElement().satisfies(rule -> {
      assertThat(rule.kind()).isEqualTo(MONTHLY);
      assertThat(rule.dues()).containsExactly(LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 19),
          LocalDate.of(2026, 3, 19), LocalDate.of(2026, 4, 19), LocalDate.of(2026, 5, 19), LocalDate.of(2026, 6, 19));
    });
  }

  @Test
  void reads_upper_bounds_as_at_most_and_less_than() {
    List<Target> targets = PlanBodyReader.read("""
        KẾ HOẠCH
        Cải cách hành chính phường Mẫu năm 2026

        II. CHỈ TIÊU CHỦ YẾU
        1. Tỷ lệ hồ sơ trễ hạn không quá 2%.
        2. Tỷ lệ hồ sơ phải bổ sung dưới 5%.
        III. NHIỆM VỤ
        - Bảo đảm 100% cán bộ được tập huấn.
        """).targets();

    assertThat(targets).extracting(Target::code, Target::comparator, Target::value)
        .containsExactly(tuple("1", AT_MOST, 2.0), tuple("2", LESS_THAN, 5.0));
  }

  @Test
  void names_the_unit_that_is_made_the_standing_body() {
    PlanFacts facts = PlanBodyReader.read("""
        IV. TỔ CHỨC THỰC HIỆN
        Các đơn vị gửi báo cáo (qua Văn phòng HĐND và UBND xã).
        Giao Phòng Văn hóa - Xã hội làm cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.
        """);

    assertThat(facts.coordinatingUnit()).isEqualTo("Phòng Văn hóa - Xã hội");
  }

  private static void assertHaiPhongReporting(PlanFacts facts) {
    assertThat(facts.reporting()).extracting(ReportingRule::kind, ReportingRule::dues).containsExactly(
        tuple(QUARTERLY, List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 6, 4), LocalDate.of(2026, 9, 4),
            LocalDate.of(2026, 12, 4))),
        tuple(HALF_YEAR, List.of(LocalDate.of(2026, 6, 4))),
        tuple(ANNUAL, List.of(LocalDate.of(2026, 12, 4))));
    assertThat(facts.reporting()).extracting(ReportingRule::text).containsOnly(HAI_PHONG_REPORTING);
  }

  private String fixture(String name) {
    try (InputStream in = getClass().getResourceAsStream("/plans/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private PlanFacts seed(String name) {
    return PlanBodyReader.read(fixture(name));
  }
}
