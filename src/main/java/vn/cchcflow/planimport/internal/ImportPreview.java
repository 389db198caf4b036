package vn.cchcflow.planimport.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.ParsedTask;
import vn.cchcflow.schedule.Schedule;

/**
 * What the coordinating unit reads before confirming an import: the plan's facts and, per task, what
 * was read and every doubt, as Markdown for the Tasklist form.
 */
public final class ImportPreview {

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ImportPreview() {
  }

  public static String markdown(ParsedPlan parsed, Commune commune) {
    var plan = parsed.plan();
    long doubtful = parsed.tasks().stream().filter(t -> !t.warnings().isEmpty()).count();
    StringBuilder md = new StringBuilder();
    md.append("### ").append(orDash(plan.title())).append("\n\n")
        .append("**Địa bàn:** ").append(orDash(plan.locality()))
        .append(" · **Kỳ kế hoạch:** ").append(VN_DATE.format(plan.periodStart())).append(" – ")
        .append(VN_DATE.format(plan.periodEnd()))
        .append(" · **Cơ quan thường trực:** ").append(unitName(plan.coordinatingUnit(), commune)).append("\n\n")
        .append("**").append(parsed.tasks().size()).append(" nhiệm vụ**, trong đó ").append(doubtful)
        .append(" nhiệm vụ cần xem lại (⚠).");
    if (!plan.reporting().isEmpty()) {
      md.append(" Chế độ báo cáo: ");
      md.append(String.join("; ", plan.reporting().stream()
          .map(r -> r.text() + " (" + (ReportingScheduleReader.namesDay(r) ? "" : "đề xuất, kế hoạch không ghi ngày: ")
              + String.join(", ", r.dues().stream().map(VN_DATE::format).toList()) + ")")
          .toList()));
      md.append('.');
    }
    md.append("\n\n");
    for (String warning : parsed.warnings()) {
      md.append("- ⚠ ").append(warning).append('\n');
    }
    md.append('\n');
    String area = null;
    for (ParsedTask task : parsed.tasks()) {
      if (task.area() != null && !task.area().equals(area)) {
        area = task.area();
        md.append("\n**").append(area).append("**\n\n");
      }
      md.append("- **").append(task.number()).append(task.draft() ? " (dự thảo)" : "").append(".** ")
          .append(oneLine(task.content())).append(" — Chủ trì: ").append(names(task.leadUnits(), commune))
          .append("; Phối hợp: ").append(names(task.supportUnits(), commune))
          .append("; Thời hạn: ").append(orDash(task.deadlineText())).append(describe(task.schedule()));
      if (!task.notes().isEmpty()) {
        md.append(" — Ghi chú trong bảng: ").append(oneLine(String.join("; ", task.notes())));
      }
      for (String warning : task.warnings()) {
        md.append(" ⚠ ").append(warning);
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static String describe(Schedule schedule) {
    if (schedule == null) {
      return "";
    }
    return switch (schedule.kind()) {
      case DUE_BY -> " (hạn " + VN_DATE.format(schedule.due()) + ")";
      case WINDOW -> " (" + VN_DATE.format(schedule.start()) + " – " + VN_DATE.format(schedule.due()) + ")";
      case RECURRING -> " (định kỳ: " + String.join(", ", schedule.dues().stream().map(VN_DATE::format).toList()) + ")";
      case CONTINUOUS -> schedule.due() == null
          ? " (bắt đầu " + VN_DATE.format(schedule.start()) + ", chưa có thời hạn)"
          : " (thường xuyên đến " + VN_DATE.format(schedule.due()) + ")";
      case ON_EVENT -> " (chưa xác định thời hạn)";
      case UNKNOWN -> " (không đọc được)";
    };
  }

  private static String names(List<String> units, Commune commune) {
    return units.isEmpty() ? "—" : String.join(", ", units.stream().map(u -> unitName(u, commune)).toList());
  }

  private static String unitName(String code, Commune commune) {
    if (code == null) {
      return "—";
    }
    return commune == null ? code : commune.units().stream().filter(u -> u.code().equals(code))
        .map(u -> u.name()).findFirst().orElse(code);
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ');
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
