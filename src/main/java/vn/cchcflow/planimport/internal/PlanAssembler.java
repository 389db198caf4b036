package vn.cchcflow.planimport.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.plan.ReportingRule;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.ParsedTask;
import vn.cchcflow.planimport.PlanFacts;
import vn.cchcflow.planimport.PlanParseException;
import vn.cchcflow.schedule.DeadlinePhraseParser;
import vn.cchcflow.schedule.Schedule;
import vn.cchcflow.schedule.ScheduleKind;
import vn.cchcflow.system.VietnamTime;

/**
 * Puts together what the readers found: the plan's facts, its tasks with units matched to the commune
 * (when one is given) and deadlines read into schedules, and every doubt as a Vietnamese warning. A plan
 * without a task table gets draft tasks from its unit-duty sections.
 */
public final class PlanAssembler {

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Map<ReportingRule.Kind, String> REPORT_NAMES = Map.of(ReportingRule.Kind.MONTHLY, "tháng",
      ReportingRule.Kind.QUARTERLY, "quý", ReportingRule.Kind.HALF_YEAR, "6 tháng", ReportingRule.Kind.ANNUAL, "năm");

  private PlanAssembler() {
  }

  /** Reads a plan file; {@code commune} may be null (units then stay as written). */
  public static ParsedPlan parse(String fileName, byte[] bytes, Commune commune) {
    return assemble(PlanReaders.read(fileName, bytes), commune);
  }

  static ParsedPlan assemble(PlanSource source, Commune commune) {
    List<String> warnings = new ArrayList<>();
    PlanFacts facts = facts(source, commune, warnings);
    List<ParsedTask> tasks = new ArrayList<>();
    AppendixTableParser.Parsed table = AppendixTableParser.read(source.rows());
    List<RawTask> rows = table.tasks();
    if (!rows.isEmpty()) {
      warnings.addAll(table.notes());
      rows.forEach(row -> tasks.add(task(row, facts, commune)));
    } else if (!source.bodyText().isBlank()) {
      List<DraftDuty> duties = DutySectionDrafter.draft(source.bodyText());
      warnings.add("Kế hoạch không có phụ lục danh mục nhiệm vụ: " + duties.size() + " nhiệm vụ được dự thảo từ phần "
          + "phân công trách nhiệm, cơ quan thường trực cần xác nhận hoặc bỏ từng nhiệm vụ.");
      for (int i = 0; i < duties.size(); i++) {
        tasks.add(draftTask(i + 1, duties.get(i), facts, commune));
      }
    } else if (!source.rows().isEmpty()) {
      throw new PlanParseException(MissingColumns.describe(source.rows()));
    }
    if (tasks.isEmpty()) {
      warnings.add("Không tìm thấy nhiệm vụ nào trong tệp.");
    }
    return new ParsedPlan(facts, tasks, warnings);
  }

  private static PlanFacts facts(PlanSource source, Commune commune, List<String> warnings) {
    PlanFacts body = source.bodyText().isBlank()
        ? new PlanFacts(null, null, null, null, null, List.of(), List.of())
        : PlanBodyReader.read(source.bodyText());
    Map<String, String> labelled = source.labelledFacts();
    String title = labelled.getOrDefault("title", body.title());
    String locality = labelled.getOrDefault("locality", body.locality());
    LocalDate start = date(labelled.get("periodStart"), "Từ ngày", warnings, body.periodStart());
    LocalDate end = date(labelled.get("periodEnd"), "Đến ngày", warnings, body.periodEnd());
    if (start == null || end == null) {
      int year = VietnamTime.today().getYear();
      start = start == null ? LocalDate.of(year, 1, 1) : start;
      end = end == null ? LocalDate.of(start.getYear(), 12, 31) : end;
      warnings.add("Không xác định được kỳ kế hoạch; tạm lấy " + VN_DATE.format(start) + " – " + VN_DATE.format(end)
          + ", cần kiểm tra lại.");
    }
    if (title == null || title.isBlank()) {
      warnings.add("Không tìm thấy tên kế hoạch; cần nhập tên trước khi xác nhận.");
    }
    String coordinating = labelled.getOrDefault("coordinatingUnit", body.coordinatingUnit());
    if (commune != null) {
      if (coordinating == null) {
        coordinating = commune.coordinatingUnit();
      } else {
        String written = coordinating;
        coordinating = commune.unit(written).map(u -> u.code()).orElse(written);
        if (commune.unit(written).isEmpty()) {
          warnings.add("Cơ quan thường trực \"" + written + "\" không khớp đơn vị nào của " + commune.name() + ".");
        } else if (!coordinating.equals(commune.coordinatingUnit())) {
          warnings.add("Kế hoạch giao " + written + " làm cơ quan thường trực; cấu hình của " + commune.name()
              + " là " + commune.coordinating().name() + ". Sản phẩm sẽ do cơ quan thường trực theo cấu hình thẩm định.");
        }
      }
    }
    reportingWarnings(source, body, warnings);
    return new PlanFacts(title, locality, start, end, coordinating, body.reporting(), body.targets());
  }

  /** Reporting days the plan does not name are proposed and said to be; a plan without a rule is told. */
  private static void reportingWarnings(PlanSource source, PlanFacts body, List<String> warnings) {
    if (source.bodyText().isBlank()) {
      return;
    }
    if (body.reporting().isEmpty()) {
      warnings.add("Kế hoạch không nêu chế độ báo cáo định kỳ của kế hoạch; nếu có, cơ quan thường trực cần bổ sung.");
    }
    for (var rule : body.reporting()) {
      if (!ReportingScheduleReader.namesDay(rule)) {
        warnings.add("Chế độ báo cáo " + REPORT_NAMES.get(rule.kind()) + " (“" + rule.text() + "”) không ghi ngày nộp: "
            + "đề xuất ngày cuối kỳ (" + String.join(", ", rule.dues().stream().map(VN_DATE::format).toList())
            + "); cơ quan thường trực cần xác nhận hoặc sửa.");
      }
    }
  }

  private static ParsedTask task(RawTask row, PlanFacts facts, Commune commune) {
    if (row.content().isBlank()) {
      throw new PlanParseException("Không đọc được " + row.position() + ", cột “Nội dung công việc”: nhiệm vụ số "
          + row.number() + " không có nội dung.");
    }
    List<String> warnings = new ArrayList<>();
    UnitNameMapper.Roles roles = UnitNameMapper.roles(row.lead(), row.support(), commune);
    UnitNameMapper.Mapped leads = roles.leads();
    UnitNameMapper.Mapped supports = roles.supports();
    String where = "(" + row.position() + ")";
    if (roles.leadUnits().isEmpty()) {
      warnings.add("Chưa có cơ quan chủ trì " + where + ".");
    }
    for (String name : leads.unmatched()) {
      warnings.add(unmatchedUnit(name, commune, "chủ trì", where));
    }
    for (String name : supports.unmatched()) {
      warnings.add(unmatchedUnit(name, commune, "phối hợp", where));
    }
    String deadlineText = row.deadline().isBlank() ? null : row.deadline().strip();
    Schedule schedule = withoutUnstatedEnd(
        DeadlinePhraseParser.parse(deadlineText, facts.periodStart(), facts.periodEnd()), deadlineText, warnings, where);
    scheduleWarnings(deadlineText, schedule, facts, warnings, where);
    return new ParsedTask(row.number(), row.area(), row.content(), roles.leadUnits(), roles.supportUnits(),
        deadlineText, schedule, blankToNull(row.deliverable()), false, warnings, row.notes());
  }

  private static ParsedTask draftTask(int number, DraftDuty duty, PlanFacts facts, Commune commune) {
    List<String> warnings = new ArrayList<>();
    String where = "(nhiệm vụ dự thảo số " + number + ")";
    warnings.add("Nhiệm vụ dự thảo từ phần phân công trách nhiệm của " + duty.unitName() + "; cần xác nhận hoặc bỏ.");
    DutyRoles.Cells cells = DutyRoles.of(duty.unitName(), duty.content());
    UnitNameMapper.Roles roles = UnitNameMapper.roles(cells.lead(), cells.support(), commune);
    if (roles.leadUnits().isEmpty()) {
      warnings.add("Chưa có cơ quan chủ trì " + where + ": nội dung chỉ ghi phối hợp; cơ quan thường trực cần chọn "
          + "đơn vị chủ trì.");
    }
    roles.leads().unmatched().forEach(name -> warnings.add(unmatchedUnit(name, commune, "chủ trì", where)));
    roles.supports().unmatched().forEach(name -> warnings.add(unmatchedUnit(name, commune, "phối hợp", where)));
    // a duty names its deadline or has none: the period's end is not the document's word
    Schedule schedule = withoutUnstatedEnd(
        DeadlinePhraseParser.parse(duty.deadlineText(), facts.periodStart(), facts.periodEnd()), duty.deadlineText(),
        warnings, where);
    scheduleWarnings(duty.deadlineText(), schedule, facts, warnings, where);
    return new ParsedTask(String.valueOf(number), "Phân công trách nhiệm: " + duty.unitName(), duty.content(),
        roles.leadUnits(), roles.supportUnits(), duty.deadlineText(), schedule, null, true, warnings);
  }

  /**
   * "Từ ngày 15/3/2026" states a start and no end: the task keeps its start, gets no due date, and the
   * reviewer is asked for one (the period's end is not the document's word).
   */
  private static Schedule withoutUnstatedEnd(Schedule schedule, String deadlineText, List<String> warnings,
                                             String where) {
    if (schedule.kind() != ScheduleKind.CONTINUOUS || schedule.start() == null) {
      return schedule;
    }
    warnings.add("Kế hoạch chỉ ghi thời điểm bắt đầu (\"" + deadlineText + "\" → bắt đầu "
        + VN_DATE.format(schedule.start()) + "), không ghi thời hạn hoàn thành; cơ quan thường trực cần điền thời hạn "
        + "vào ô “Sửa thời hạn” " + where + ".");
    return new Schedule(ScheduleKind.CONTINUOUS, schedule.start(), null, List.of());
  }

  private static void scheduleWarnings(String deadlineText, Schedule schedule, PlanFacts facts, List<String> warnings,
                                       String where) {
    String suffix = where.isEmpty() ? "." : " " + where + ".";
    if (schedule.kind() == ScheduleKind.UNKNOWN) {
      warnings.add(deadlineText == null
          ? "Kế hoạch không ghi thời hạn; cơ quan thường trực cần điền thời hạn vào ô “Sửa thời hạn” hoặc bỏ nhiệm vụ"
              + suffix
          : "Không đọc được thời hạn \"" + deadlineText + "\"; cơ quan thường trực cần xác định thời hạn" + suffix);
    } else if (schedule.kind() == ScheduleKind.ON_EVENT) {
      warnings.add("Thời hạn phụ thuộc sự kiện bên ngoài (\"" + deadlineText + "\"); chưa xác định thời hạn" + suffix);
    } else if (schedule.due() != null
        && (schedule.due().isBefore(facts.periodStart()) || schedule.due().isAfter(facts.periodEnd()))) {
      warnings.add("Thời hạn " + VN_DATE.format(schedule.due()) + " nằm ngoài kỳ kế hoạch" + suffix);
    }
  }

  private static String unmatchedUnit(String name, Commune commune, String role, String where) {
    return "Không tìm thấy đơn vị " + role + " \"" + name + "\" trong tổ chức của " + commune.name()
        + (where.isEmpty() ? "" : " " + where) + "; cần sửa tên hoặc thêm đơn vị vào tệp cấu hình xã.";
  }

  private static LocalDate date(String text, String label, List<String> warnings, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    for (String pattern : List.of("d/M/yyyy", "yyyy-MM-dd")) {
      try {
        return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern(pattern));
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    warnings.add("Ô \"" + label + "\" có ngày không hợp lệ \"" + text + "\" (cần dạng ngày/tháng/năm).");
    return fallback;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
