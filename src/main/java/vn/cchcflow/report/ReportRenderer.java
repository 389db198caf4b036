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
    return new Rendered(model.summary(content) + " – " + f.communeName(), base, docx, XlsxTaskSheetWriter.write(f));
  }

  public byte[] docx(ReportContent content, ReportDocumentInfo info) {
    return DocxTemplateRenderer.render(templates.forCommune(content.figures().communeId()), model.of(content, info));
  }
}
