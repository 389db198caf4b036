package vn.cchcflow.planimport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of a plan's task table into tasks, the way a reader of the printed appendix would:
 * <ul>
 *   <li>header rows (repeated at every page break) give the columns and are skipped;</li>
 *   <li>section rows ("I. Chỉ đạo điều hành…" or "II | Nhiệm vụ …") set the area;</li>
 *   <li>a numbered row without units or deadline heads a group; the unnumbered rows under it that carry
 *       a deadline are its sub-tasks (24 → 24.1, 24.2; II.2 → II.2.1 …), each with its own text;</li>
 *   <li>an unnumbered row without deadline continues the row above (a row split at a page break);</li>
 *   <li>areas are marked by Roman numerals, letters ("A", "B.") or "Phần …", in the number cell or at the
 *       head of the content cell of a row without work;</li>
 *   <li>when numbering restarts in each area, numbers get the area's mark (1 under B → B.1), with a note;
 *       numbers still used twice are reported naming both rows;</li>
 *   <li>extra columns (Ghi chú, Kinh phí, Căn cứ …) are kept as notes of their task.</li>
 * </ul>
 */
final class AppendixTableParser {

  private static final Pattern SECTION = Pattern.compile(
      "^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|[A-H])\\.?(?:\\s+(.*))?$", Pattern.DOTALL);
  /** "Phần 2", "PHẦN II" in the number cell. */
  private static final Pattern PART = Pattern.compile("^(?:Phần|PHẦN)\\s+(\\d{1,2}|[IVX]{1,4}|[A-H])\\.?(?:\\s+(.*))?$",
      Pattern.DOTALL);
  /** An area written at the head of the content cell: "A. Cải cách thể chế", "Phần II: Nhiệm vụ …". */
  private static final Pattern AREA_IN_CONTENT = Pattern.compile(
      "^(?:(?:Phần|PHẦN)\\s+(\\d{1,2}|[IVX]{1,4}|[A-H])|([A-H]|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))\\s*[.:]\\s*(\\S.*)$",
      Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?$");

  private AppendixTableParser() {
  }

  /** The tasks of a table and the notes about its layout (numbering made unique, numbers used twice). */
  record Parsed(List<RawTask> tasks, List<String> notes) {
  }

  static List<RawTask> parse(List<TableRow> rows) {
    return read(rows).tasks();
  }

  static Parsed read(List<TableRow> rows) {
    ColumnMap columns = null;
    String area = null;
    String areaNumeral = null;
    List<Entry> entries = new ArrayList<>();
    Entry last = null;
    Entry group = null;
    for (TableRow row : rows) {
      if (row.isPageBreak()) {
        continue;
      }
      var header = ColumnMap.ofHeader(row.cells());
      if (header.isPresent()) {
        columns = header.get();
        continue;
      }
      if (columns == null) {
        continue;
      }
      Entry cells = Entry.of(row, columns);
      String[] areaMark = areaMark(cells);
      if (areaMark != null) {
        areaNumeral = areaMark[0];
        area = areaMark[1];
        last = null;
        group = null;
        continue;
      }
      // a number cell merged over the rows of one task repeats the number; a row with its own different
      // deadline is another task written with the same number (reported as such)
      boolean sameNumberAsAbove = last != null && last.parent == null
          && cells.number.replaceAll("\\.$", "").equals(last.number)
          && (cells.deadline.isEmpty() || last.deadline.isEmpty() || cells.deadline.equals(last.deadline));
      if (sameNumberAsAbove) {
        last.continueWith(cells);
      } else if (!cells.number.isEmpty() && NUMBER.matcher(cells.number).matches()) {
        cells.number = cells.number.replaceAll("\\.$", "");
        cells.area = area;
        cells.areaNumeral = areaNumeral;
        entries.add(cells);
        last = cells;
        group = cells.hasWork() ? null : cells;
      } else if (last != null && cells.deadline.isEmpty()) {
        last.continueWith(cells);
      } else if (last != null || group != null) {
        Entry parent = group != null ? group : last.parent != null ? last.parent : last;
        cells.parent = parent;
        cells.area = parent.area;
        cells.areaNumeral = parent.areaNumeral;
        parent.subTasks++;
        cells.subIndex = parent.subTasks;
        entries.add(cells);
        last = cells;
      }
    }
    return toTasks(entries);
  }

  /** {mark, area title} when the row marks an area and carries no work; null otherwise. */
  private static String[] areaMark(Entry cells) {
    if (cells.hasWork()) {
      return null;
    }
    Matcher part = PART.matcher(cells.number);
    Matcher section = SECTION.matcher(cells.number);
    if (part.matches() || section.matches()) {
      Matcher m = part.matches() ? part : section;
      String mark = m.group(1).toUpperCase(BodyText.VIETNAMESE);
      String title = m.group(2) != null ? m.group(2) : cells.content;
      return new String[] {mark, mark + ". " + title.strip()};
    }
    Matcher inContent = AREA_IN_CONTENT.matcher(cells.content);
    if (cells.number.isEmpty() && inContent.matches()) {
      String mark = (inContent.group(1) != null ? inContent.group(1) : inContent.group(2)).toUpperCase(BodyText.VIETNAMESE);
      return new String[] {mark, mark + ". " + inContent.group(3).strip()};
    }
    return null;
  }

  private static Parsed toTasks(List<Entry> entries) {
    // numbering restarts when a number comes back under another area
    java.util.Map<String, String> areaOfNumber = new java.util.HashMap<>();
    boolean restartsPerArea = entries.stream().filter(e -> e.parent == null)
        .anyMatch(e -> {
          String before = areaOfNumber.putIfAbsent(e.number, String.valueOf(e.areaNumeral));
          return before != null && !before.equals(String.valueOf(e.areaNumeral));
        });
    List<String> notes = new ArrayList<>();
    if (restartsPerArea) {
      notes.add("Số thứ tự nhiệm vụ bắt đầu lại ở mỗi phần của bảng; mỗi nhiệm vụ được ghi kèm ký hiệu phần của nó "
          + "(ví dụ “" + entries.stream().filter(e -> e.parent == null && e.areaNumeral != null).findFirst()
          .map(e -> e.areaNumeral + "." + e.number).orElse("II.1") + "”) để không trùng số.");
    }
    List<RawTask> tasks = new ArrayList<>();
    java.util.Map<String, String> rowOfNumber = new java.util.HashMap<>();
    for (Entry entry : entries) {
      if (entry.parent == null && entry.subTasks > 0 && !entry.hasWork()) {
        continue;
      }
      String number = entry.finalNumber(restartsPerArea);
      String first = rowOfNumber.putIfAbsent(number, entry.position);
      if (first != null) {
        notes.add("Số thứ tự “" + number + "” dùng cho hai nhiệm vụ (" + first + " và " + entry.position + "); cần sửa "
            + "số của một nhiệm vụ trước khi xác nhận.");
      }
      tasks.add(new RawTask(number, entry.area, entry.finalContent(), entry.lead, entry.support, entry.deadline,
          entry.deliverable, entry.position, List.copyOf(entry.notes)));
    }
    return new Parsed(tasks, notes);
  }

  /** A row being assembled; mutable while continuation rows are joined. */
  private static final class Entry {
    String number;
    String content;
    String lead;
    String support;
    String deadline;
    String deliverable;
    String position;
    String area;
    String areaNumeral;
    Entry parent;
    int subTasks;
    int subIndex;
    final List<String> notes = new ArrayList<>();

    static Entry of(TableRow row, ColumnMap columns) {
      Entry e = new Entry();
      e.number = row.cell(columns.number());
      e.content = row.cell(columns.content());
      e.lead = row.cell(columns.lead());
      e.support = row.cell(columns.support());
      e.deadline = row.cell(columns.deadline());
      e.deliverable = row.cell(columns.deliverable());
      e.position = row.position();
      columns.extra().forEach((column, header) -> {
        String value = row.cell(column);
        if (!value.isBlank()) {
          e.notes.add(header + ": " + value);
        }
      });
      return e;
    }

    boolean hasWork() {
      return !lead.isEmpty() || !support.isEmpty() || !deadline.isEmpty() || !deliverable.isEmpty();
    }

    void continueWith(Entry rest) {
      content = joinUnlessRepeated(content, rest.content);
      lead = joinUnlessRepeated(lead, rest.lead);
      support = joinUnlessRepeated(support, rest.support);
      deadline = joinUnlessRepeated(deadline, rest.deadline);
      deliverable = joinUnlessRepeated(deliverable, rest.deliverable);
      rest.notes.stream().filter(n -> !notes.contains(n)).forEach(notes::add);
    }

    /** Merged cells repeat their text on every row they cover; that text is not joined twice. */
    private static String joinUnlessRepeated(String first, String rest) {
      return rest.equals(first) ? first : CellText.join(first, rest);
    }

    String finalNumber(boolean prefixArea) {
      if (parent != null) {
        return parent.finalNumber(prefixArea) + "." + subIndex;
      }
      return prefixArea && areaNumeral != null ? areaNumeral + "." + number : number;
    }

    /** A sub-task is its own row's text; its group heading stays visible in the area and numbering. */
    String finalContent() {
      return parent == null ? content : content.replaceFirst("^-\\s*", "");
    }
  }
}
