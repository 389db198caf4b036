package vn.cchcflow.planimport.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.planimport.PlanParseException;
import vn.cchcflow.schedule.Schedule;
import vn.cchcflow.schedule.ScheduleKind;

/**
 * The corrections a reviewer writes in the "Rà soát kế hoạch đã đọc" form, applied to the plan read from
 * the file: tasks to drop ("3, 24.1"), deadlines ("7: 30/06/2026", one per line) and units
 * ("11: chủ trì Phòng Kinh tế; phối hợp Văn phòng HĐND và UBND", one per line). A line that cannot be
 * understood is refused, naming the box and line.
 */
public final class ImportCorrections {

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  private ImportCorrections() {
  }

  public static PlanDocument apply(PlanDocument plan, String code, String title, String drop, String deadlines,
                                   String units) {
    Set<String> numbers = plan.tasks().stream().map(PlanDocument.Task::number).collect(Collectors.toSet());
    Set<String> dropped = Arrays.stream(blankToEmpty(drop).split("[,;\\s]+")).filter(s -> !s.isBlank())
        .map(n -> known(n, numbers, "Bỏ nhiệm vụ", 1)).collect(Collectors.toSet());
    Map<String, LocalDate> dues = lines(deadlines, "Sửa thời hạn", numbers, ImportCorrections::date);
    Map<String, String[]> unitChanges = lines(units, "Sửa đơn vị", numbers, ImportCorrections::units);
    List<PlanDocument.Task> tasks = new ArrayList<>();
    for (PlanDocument.Task task : plan.tasks()) {
      if (dropped.contains(task.number())) {
        continue;
      }
      LocalDate due = dues.getOrDefault(task.number(), task.dueDate());
      Schedule schedule = dues.containsKey(task.number()) ? corrected(task.schedule(), due) : task.schedule();
      String[] changed = unitChanges.get(task.number());
      List<String> leads = changed != null && changed[0] != null ? split(changed[0]) : task.leadUnits();
      List<String> supports = changed != null && changed[1] != null ? split(changed[1]) : task.supportUnits();
      tasks.add(new PlanDocument.Task(task.number(), task.area(), task.content(), leads, supports, task.deadlineText(),
          due, task.deliverable(), schedule, task.draft()));
    }
    requireDueDates(tasks);
    return new PlanDocument(plan.commune(), code == null || code.isBlank() ? plan.code() : code.strip(),
        title == null || title.isBlank() ? plan.title() : title.strip(), plan.periodStart(), plan.periodEnd(), tasks,
        plan.commitments());
  }

  /** A start the plan states ("Từ ngày 15/3/2026") is kept when the reviewer gives the due date. */
  private static Schedule corrected(Schedule read, LocalDate due) {
    LocalDate start = read == null ? null : read.start();
    return start != null && start.isBefore(due) ? Schedule.window(start, due) : Schedule.dueBy(due);
  }

  /**
   * Nothing is registered with a date the plan does not state: a task whose deadline the plan does not give
   * (or the importer could not read) needs the reviewer's date, or to be dropped. Tasks waiting for an
   * outside event ("Khi thành phố tổ chức") legitimately have none yet.
   */
  private static void requireDueDates(List<PlanDocument.Task> tasks) {
    List<String> undated = tasks.stream()
        .filter(t -> t.schedule() != null && t.schedule().kind() != ScheduleKind.ON_EVENT && t.effectiveDueDate() == null)
        .map(PlanDocument.Task::number).toList();
    if (!undated.isEmpty()) {
      throw new PlanParseException("Chưa thể xác nhận kế hoạch: nhiệm vụ số " + String.join(", ", undated)
          + " chưa có thời hạn (kế hoạch không ghi hoặc không đọc được). Hãy điền thời hạn vào ô “Sửa thời hạn”, "
          + "ví dụ “" + undated.get(0) + ": 30/06/2026”, hoặc ghi số nhiệm vụ vào ô “Bỏ nhiệm vụ”.");
    }
  }

  private interface LineReader<T> {
    T read(String value, String box, int line);
  }

  private static <T> Map<String, T> lines(String text, String box, Set<String> numbers, LineReader<T> reader) {
    Map<String, T> result = new LinkedHashMap<>();
    String[] lines = blankToEmpty(text).split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw refused(box, i + 1, "cần viết “số nhiệm vụ: nội dung sửa”, ví dụ “7: 30/06/2026”");
      }
      String number = known(line.substring(0, colon).strip(), numbers, box, i + 1);
      result.put(number, reader.read(line.substring(colon + 1).strip(), box, i + 1));
    }
    return result;
  }

  private static LocalDate date(String value, String box, int line) {
    try {
      return LocalDate.parse(value, VN_DATE);
    } catch (DateTimeParseException e) {
      throw refused(box, line, "ngày “" + value + "” cần viết dạng ngày/tháng/năm, ví dụ 30/06/2026");
    }
  }

  /** "chủ trì A, B; phối hợp C" → {leads, supports}; either part may be missing. */
  private static String[] units(String value, String box, int line) {
    String[] parts = {null, null};
    for (String part : value.split(";")) {
      String p = part.strip();
      if (p.toLowerCase().startsWith("chủ trì")) {
        parts[0] = p.substring("chủ trì".length()).strip();
      } else if (p.toLowerCase().startsWith("phối hợp")) {
        parts[1] = p.substring("phối hợp".length()).strip();
      } else if (!p.isEmpty()) {
        throw refused(box, line, "mỗi phần bắt đầu bằng “chủ trì” hoặc “phối hợp”, ví dụ “11: chủ trì Phòng Kinh tế”");
      }
    }
    return parts;
  }

  private static String known(String number, Set<String> numbers, String box, int line) {
    if (!numbers.contains(number)) {
      throw refused(box, line, "không có nhiệm vụ số “" + number + "” trong kế hoạch");
    }
    return number;
  }

  private static List<String> split(String names) {
    return Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static PlanParseException refused(String box, int line, String why) {
    return new PlanParseException("Ô “" + box + "”, dòng " + line + ": " + why + ".");
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text;
  }
}
