package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.plan.PlanCommitments;
import vn.cchcflow.plan.PlanKind;
import vn.cchcflow.plan.ReportingRule;
import vn.cchcflow.plan.Target;

/** What the scenario's plans commit to, as the importer reads it from seeds 001 and 004. */
final class PeriodReportScenario {

  private PeriodReportScenario() {
  }

  static final List<ReportingRule> QUARTERS_HALF_YEAR_YEAR = List.of(
      new ReportingRule(ReportingRule.Kind.QUARTERLY, "báo cáo Quý, báo cáo 6 tháng gửi trước ngày 05 tháng cuối "
          + "của quý", List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 6, 4), LocalDate.of(2026, 9, 4),
          LocalDate.of(2026, 12, 4))),
      new ReportingRule(ReportingRule.Kind.HALF_YEAR, "báo cáo 6 tháng", List.of(LocalDate.of(2026, 6, 4))),
      new ReportingRule(ReportingRule.Kind.ANNUAL, "báo cáo năm gửi trước ngày 05/12/2026",
          List.of(LocalDate.of(2026, 12, 4))));

  static final String TASKS_ON_TIME = "Hoàn thành, bảo đảm tiến độ, chất lượng 100% nhiệm vụ cụ thể trong Kế hoạch "
      + "cải cách hành chính năm 2026 của xã.";
  static final String FILES_ON_TIME = "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%";
  static final String SATISFACTION = "Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính "
      + "đạt 90% trở lên.";

  /** Seed 001's kind, schedule, three of its kinds of target and (part of) its Nơi nhận. */
  static final PlanCommitments NAM_AN_PHU_COMMITMENTS = new PlanCommitments(PlanKind.CCHC, "xã Nam An Phụ", "vhxh",
      QUARTERS_HALF_YEAR_YEAR, List.of(
          new Target("c", TASKS_ON_TIME, Target.Comparator.AT_LEAST, 100.0, "%"),
          new Target("6", FILES_ON_TIME, Target.Comparator.GREATER_THAN, 98.0, "%"),
          new Target("f", SATISFACTION, Target.Comparator.AT_LEAST, 90.0, "%")),
      List.of("Như Điều 3;", "Sở Nội vụ thành phố Hải Phòng;", "UBND thành phố;", "TT Đảng ủy, HĐND xã;",
          "Lãnh đạo UBND xã;", "Lưu: VT, VHXH."));

  /** Seed 004: a TTHC-control plan reporting to the city's Văn phòng UBND (its Nơi nhận). */
  static final PlanCommitments QUYET_THANG_COMMITMENTS = new PlanCommitments(PlanKind.TTHC_CONTROL, "xã Quyết Thắng",
      "ttpvhcc", QUARTERS_HALF_YEAR_YEAR, List.of(), List.of("Sở Nội vụ;", "Văn phòng UBND thành phố;",
      "Trung tâm PVHCC thành phố;", "Thường trực Đảng ủy xã;", "Chủ tịch, các Phó CT UBND xã;", "Lưu: VT, TTPVHCC."));
}
