package vn.cchcflow.report;

import vn.cchcflow.system.Messages;
import vn.cchcflow.system.DayFormats;

/** The report's content as Markdown for the Tasklist forms of the report process (read-only there). */
final class ReportPreview {

  private final Messages m;

  ReportPreview(Messages messages) {
    this.m = messages;
  }

  String markdown(ReportContent c) {
    ReportFigures f = c.figures();
    StringBuilder md = new StringBuilder();
    md.append(m.get("report.preview.title", f.period().label(), DayFormats.OFFICIAL.format(f.asOf()))).append("\n\n");
    line(md, m.get("report.preview.total"), f.total());
    md.append('\n').append(m.get("report.preview.areas")).append("\n\n");
    for (ReportContent.AreaResult area : c.areas()) {
      line(md, area.name(), area.counts());
      area.reports().forEach(r -> md.append("  - _").append(r.unit()).append(":_ ")
          .append(r.text().replaceAll("\\R+", " ")).append('\n'));
    }
    md.append('\n').append(m.get("report.preview.units")).append("\n\n");
    f.byUnit().forEach(g -> line(md, g.name(), g.counts()));
    md.append('\n').append(m.get("report.preview.overdue", c.overdue().size())).append("\n\n");
    for (ReportContent.OverdueItem o : c.overdue()) {
      ReportFigures.TaskLine t = o.task();
      md.append(m.get("report.preview.overdueLine", t.number(), t.leadUnits(), t.daysOverdue(),
          t.due() == null ? "" : DayFormats.OFFICIAL.format(t.due()),
          o.reason() == null ? m.get("report.doc.overdue.noReason") : o.reason(),
          o.proposedDue() == null ? "—" : DayFormats.OFFICIAL.format(o.proposedDue()))).append('\n');
    }
    if (!c.targets().isEmpty()) {
      md.append('\n').append(m.get("report.preview.targets")).append("\n\n");
      c.targets().forEach(t -> md.append(m.get("report.preview.targetLine", t.code() == null ? "" : t.code(), t.goal(),
          t.value() == null ? m.get("report.doc.target.noValue") : t.value(), t.sourceText())).append('\n'));
    }
    md.append('\n').append(m.get("report.preview.next", c.nextPeriod().label(), c.nextTasks().size())).append('\n');
    return md.toString();
  }

  private void line(StringBuilder md, String name, StatusCounts c) {
    md.append(m.get("report.preview.countsLine", name, c.total(), c.doneOnTime(), c.doneLate(), c.inProgress(),
        c.overdue(), c.noDeadline(), ReportTemplateModel.rate(c.completionRate()))).append('\n');
  }
}
