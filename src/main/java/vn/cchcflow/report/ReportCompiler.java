package vn.cchcflow.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.TaskStatus;

/**
 * Compute, the first step of issuing: the content of one plan's report for a period, from the engine's
 * figures and the units' own period reports. Nobody types a number the engine can count.
 */
@Service
public class ReportCompiler {

  private final ReportCalculator calculator;
  private final CommuneDirectory communes;
  private final ReportRecords records;
  private final TargetResults targets;
  private final NextPeriodWork nextWork;

  ReportCompiler(ReportCalculator calculator, CommuneDirectory communes, ReportRecords records, Messages messages) {
    this.calculator = calculator;
    this.communes = communes;
    this.records = records;
    this.targets = new TargetResults(messages);
    this.nextWork = new NextPeriodWork(messages);
  }

  /**
   * {@code proposals}: the coordinating unit's consolidated text, or null to take the units' own;
   * {@code covered}: labels of the shorter reports due the same day that this one covers.
   */
  public ReportContent compile(Plan plan, ReportPeriod period, List<UnitReport> units, String assessment,
                               String proposals, List<String> covered) {
    Commune commune = communes.find(plan.getCommune()).orElseThrow();
    ReportFigures figures = calculator.figures(plan, period);
    List<ReportContent.OverdueItem> overdue = overdue(figures, units);
    ReportPeriod next = period.next();
    TargetResults.ReportsDelivered delivered = records.deliveredOnTime(plan, figures.asOf());
    return new ReportContent(figures, plan.getId(), plan.getCode(), plan.getTitle(), plan.getCommitments().kind(),
        covered, areas(figures, units), overdue, targets.of(plan, figures, units, delivered), next,
        nextWork.of(plan, figures, next, overdue), assessment, obstacles(units, commune),
        proposals != null ? proposals : unitProposals(units));
  }

  /** The units' proposals, one paragraph per unit, for the coordinating unit to consolidate. */
  public static String unitProposals(List<UnitReport> units) {
    List<String> lines = new ArrayList<>();
    for (UnitReport unit : units) {
      if (unit.proposals() != null && !unit.proposals().isBlank()) {
        lines.add(unit.unitName() + ": " + unit.proposals().strip());
      }
    }
    return String.join("\n", lines);
  }

  private static List<ReportContent.AreaResult> areas(ReportFigures figures, List<UnitReport> units) {
    List<ReportContent.AreaResult> areas = new ArrayList<>();
    for (ReportFigures.Group area : figures.byArea()) {
      List<ReportContent.UnitText> reports = new ArrayList<>();
      for (UnitReport unit : units) {
        String text = unit.areaResults().get(area.name());
        if (text != null && !text.isBlank()) {
          reports.add(new ReportContent.UnitText(unit.unitName(), text.strip()));
        }
      }
      areas.add(new ReportContent.AreaResult(area.name(), area.counts(), reports));
    }
    return areas;
  }

  private static List<ReportContent.OverdueItem> overdue(ReportFigures figures, List<UnitReport> units) {
    Map<String, UnitReport.OverdueExplanation> explained = new LinkedHashMap<>();
    units.forEach(u -> u.overdue().forEach(o -> explained.putIfAbsent(o.taskKey(), o)));
    List<ReportContent.OverdueItem> items = new ArrayList<>();
    for (ReportFigures.TaskLine line : figures.overdue()) {
      if (line.status() != TaskStatus.OVERDUE) {
        continue;
      }
      UnitReport.OverdueExplanation why = explained.get(line.processInstanceId());
      items.add(new ReportContent.OverdueItem(line, why == null ? null : why.reason(),
          why == null ? null : why.proposedDue()));
    }
    return items;
  }

  private static List<ReportContent.UnitText> obstacles(List<UnitReport> units, Commune commune) {
    List<ReportContent.UnitText> list = new ArrayList<>();
    for (UnitReport unit : units) {
      if (unit.obstacles() != null && !unit.obstacles().isBlank()) {
        list.add(new ReportContent.UnitText(unit.unitName(), unit.obstacles().strip()));
      }
    }
    return list;
  }
}
