package vn.cchcflow.report;

import org.springframework.stereotype.Component;
import vn.cchcflow.report.internal.DocxTemplateRenderer;
import vn.cchcflow.report.internal.XlsxTaskSheetWriter;
import vn.cchcflow.system.Messages;

/** Render, the second step of issuing: the DOCX from the commune's template, the XLSX of every task. */
@Component
public class ReportRenderer {

  private final ReportTemplates templates;
  private final ReportTemplateModel model;

  ReportRenderer(ReportTemplates templates, Messages messages) {
    this.templates = templates;
    this.model = new ReportTemplateModel(messages);
  }

  /** The report's documents and names. */
  public record Rendered(String title, String fileBase, byte[] docx, byte[] xlsx) {
  }

  public Rendered render(ReportContent content, ReportDocumentInfo info) {
    ReportFigures f = content.figures();
    byte[] docx = docx(content, info);
    String base = "bao-cao-" + f.communeId() + "-" + content.planCode().toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-") + "-" + f.period().code();
    return new Rendered(model.summary(content) + " – " + f.communeName(), base, docx,
        XlsxTaskSheetWriter.write(withReasons(f, content)));
  }

  /** The figures with each overdue task's reason as its unit reported it, for the spreadsheet's "Lý do" column. */
  static ReportFigures withReasons(ReportFigures f, ReportContent content) {
    java.util.Map<String, String> reasons = new java.util.HashMap<>();
    content.overdue().stream().filter(o -> o.reason() != null)
        .forEach(o -> reasons.put(o.task().planCode() + "#" + o.task().number(), o.reason()));
    java.util.List<ReportFigures.TaskLine> lines = f.tasks().stream().map(t -> {
      String reason = t.status() == vn.cchcflow.tasklifecycle.TaskStatus.OVERDUE
          ? reasons.get(t.planCode() + "#" + t.number()) : null;
      return reason == null ? t : new ReportFigures.TaskLine(t.planCode(), t.number(), t.area(), t.content(),
          t.leadUnits(), t.deadlineText(), t.due(), t.status(), t.completedOn(), t.openSteps(), t.daysOverdue(),
          reason, t.processInstanceId());
    }).toList();
    return new ReportFigures(f.communeId(), f.communeName(), f.province(), f.period(), f.asOf(), f.total(),
        f.byArea(), f.byUnit(), lines, f.overdue(), f.targets(), f.standingDuties());
  }

  public byte[] docx(ReportContent content, ReportDocumentInfo info) {
    return DocxTemplateRenderer.render(templates.forCommune(content.figures().communeId()), model.of(content, info));
  }
}
