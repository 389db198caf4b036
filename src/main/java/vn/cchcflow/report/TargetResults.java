package vn.cchcflow.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanTask;
import vn.cchcflow.plan.Target;
import vn.cchcflow.system.Messages;

/**
 * Each target of a plan with its value and where the value came from. The engine computes the targets it
 * can measure (tasks done on time, period reports delivered on time, deliverables submitted); for every
 * other target the unit that answers for it reports the value and its evidence in its period report. A
 * target nobody has a value for stays "Chưa có số liệu": never a guess.
 */
final class TargetResults {

  /** What the engine can measure, recognised from the target's words. */
  enum Measure { TASKS_ON_TIME, REPORTS_ON_TIME, DELIVERABLES_SUBMITTED, REPORTED_BY_UNIT }

  /** Period reports of the plan due so far, and how many of them were delivered by their due date. */
  record ReportsDelivered(int due, int onTime) {
  }

  private final Messages messages;

  TargetResults(Messages messages) {
    this.messages = messages;
  }

  /** The key a unit report uses for the plan's i-th target. */
  static String key(int index) {
    return "T" + (index + 1);
  }

  static Measure measure(Target target) {
    String t = normal(target.text());
    if (t.contains("báo cáo") && (t.contains("đúng hạn") || t.contains("đúng thời hạn"))) {
      return Measure.REPORTS_ON_TIME;
    }
    if (t.contains("nhiệm vụ") && t.contains("kế hoạch") && (t.contains("tiến độ") || t.contains("đúng hạn"))) {
      return Measure.TASKS_ON_TIME;
    }
    if (t.contains("sản phẩm") && t.contains("nộp")) {
      return Measure.DELIVERABLES_SUBMITTED;
    }
    return Measure.REPORTED_BY_UNIT;
  }

  /**
   * The unit that reports a target's value: the lead unit of the plan task that carries the target (same
   * number, or the same words), else the coordinating unit.
   */
  static Unit responsibleUnit(Plan plan, Target target, Commune commune) {
    String text = normal(target.text());
    for (PlanTask task : plan.getTasks()) {
      String content = normal(task.getContent());
      boolean sameNumber = target.code() != null && target.code().equals(task.getNumber());
      boolean sameWords = !content.isEmpty() && (content.contains(text) || text.contains(content));
      if ((sameNumber || sameWords) && !task.getLeadUnits().isEmpty()) {
        Optional<Unit> unit = commune.unit(task.getLeadUnits().get(0));
        if (unit.isPresent()) {
          return unit.get();
        }
      }
    }
    return commune.coordinating();
  }

  List<ReportContent.TargetResult> of(Plan plan, ReportFigures figures, List<UnitReport> units,
                                      ReportsDelivered reports) {
    List<ReportContent.TargetResult> results = new ArrayList<>();
    List<Target> targets = plan.getCommitments().targets();
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      results.add(result(target, key(i), figures, units, reports));
    }
    return results;
  }

  private ReportContent.TargetResult result(Target target, String key, ReportFigures f, List<UnitReport> units,
                                            ReportsDelivered reports) {
    StatusCounts c = f.total();
    return switch (measure(target)) {
      case TASKS_ON_TIME -> computed(target, c.doneOnTime(), c.doneOnTime() + c.doneLate() + c.overdue(),
          "report.target.source.tasksOnTime");
      case DELIVERABLES_SUBMITTED -> computed(target, c.doneOnTime() + c.doneLate(),
          c.doneOnTime() + c.doneLate() + c.overdue(), "report.target.source.deliverables");
      case REPORTS_ON_TIME -> computed(target, reports.onTime(), reports.due(), "report.target.source.reportsOnTime");
      case REPORTED_BY_UNIT -> reported(target, key, units);
    };
  }

  private ReportContent.TargetResult computed(Target target, int part, int whole, String sourceKey) {
    if (whole == 0) {
      return new ReportContent.TargetResult(target.code(), target.text(), TargetGoals.describe(target), null, null,
          ReportContent.Source.NONE, messages.get("report.target.source.nothingDueYet"));
    }
    double percent = Math.round(1000.0 * part / whole) / 10.0;
    String value = percent(percent);
    return new ReportContent.TargetResult(target.code(), target.text(), TargetGoals.describe(target), value,
        TargetGoals.met(target, value), ReportContent.Source.COMPUTED, messages.get(sourceKey, part, whole));
  }

  private ReportContent.TargetResult reported(Target target, String key, List<UnitReport> units) {
    for (UnitReport unit : units) {
      for (UnitReport.TargetValue value : unit.targets()) {
        if (key.equals(value.targetKey()) && value.value() != null && !value.value().isBlank()) {
          String source = value.evidence() == null || value.evidence().isBlank()
              ? messages.get("report.target.source.unit", unit.unitName())
              : messages.get("report.target.source.unitWithEvidence", unit.unitName(), value.evidence().strip());
          return new ReportContent.TargetResult(target.code(), target.text(), TargetGoals.describe(target),
              value.value().strip(), TargetGoals.met(target, value.value()), ReportContent.Source.UNIT_REPORTED,
              source);
        }
      }
    }
    return new ReportContent.TargetResult(target.code(), target.text(), TargetGoals.describe(target), null, null,
        ReportContent.Source.NONE, messages.get("report.target.source.none"));
  }

  static String percent(double value) {
    return (value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value).replace('.', ',')) + "%";
  }

  private static String normal(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ").replaceAll("[.;:,]+$", "").strip();
  }
}
