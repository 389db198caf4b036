package vn.cchcflow.report;

import java.time.format.DateTimeFormatter;

/** The figures as Markdown for the Tasklist forms of the report process (read-only there). */
final class ReportPreview {

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ReportPreview() {
  }

  static String markdown(ReportFigures f) {
    StringBuilder md = new StringBuilder();
    md.append("#### Số liệu ").append(f.period().label()).append(" (tính đến ").append(VN_DATE.format(f.asOf()))
        .append(", do hệ thống tính)\n\n");
    line(md, "Tổng cộng", f.total());
    md.append("\n**Theo lĩnh vực**\n\n");
    f.byArea().forEach(g -> line(md, g.name(), g.counts()));
    md.append("\n**Theo đơn vị chủ trì**\n\n");
    f.byUnit().forEach(g -> line(md, g.name(), g.counts()));
    md.append("\n**Nhiệm vụ chưa hoàn thành, quá hạn: ").append(f.overdue().size()).append("**\n\n");
    f.overdue().forEach(t -> md.append("- NV ").append(t.number()).append(" (").append(t.leadUnits()).append("): quá hạn ")
        .append(t.daysOverdue()).append(" ngày, hạn ").append(VN_DATE.format(t.due())).append('\n'));
    if (!f.targets().isEmpty()) {
      md.append("\n**Chỉ tiêu**\n\n");
      f.targets().forEach(t -> md.append("- ").append(t.code() == null ? "" : t.code() + ": ").append(t.goal())
          .append(" — kết quả: ").append(t.reported() == null ? "chưa có số liệu" : t.reported()).append('\n'));
    }
    return md.toString();
  }

  private static void line(StringBuilder md, String name, StatusCounts c) {
    md.append("- ").append(name).append(": ").append(c.total()).append(" nhiệm vụ; đúng hạn ").append(c.doneOnTime())
        .append(", quá hạn ").append(c.doneLate()).append("; đang thực hiện ").append(c.inProgress())
        .append("; chưa hoàn thành, quá hạn ").append(c.overdue()).append("; chưa xác định thời hạn ")
        .append(c.noDeadline()).append(" — tỷ lệ hoàn thành ").append(c.completionRate()).append("%\n");
  }
}
