package vn.cchcflow.planimport.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 *   <li>when numbering restarts in each area, numbers get the area's numeral (1 under II → II.1).</li>
 * </ul>
 */
final class AppendixTableParser {

  private static final Pattern SECTION = Pattern.compile(
      "^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.?(?:\\s+(.*))?$", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?$");

  private AppendixTableParser() {
  }

  static List<RawTask> parse(List<TableRow> rows) {
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
      Matcher section = SECTION.matcher(cells.number);
      if (section.matches() && !cells.hasWork()) {
        areaNumeral = section.group(1);
        String title = section.group(2) != null ? section.group(2) : cells.content;
        area = areaNumeral + ". " + title.strip();
        last = null;
        group = null;
        continue;
      }
      boolean sameNumberAsAbove = last != null && last.parent == null
          && cells.number.replaceAll("\\.$", "").equals(last.number);
      if (sameNumberAsAbove) {
        // a number cell merged over the rows of one task
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

  private static List<RawTask> toTasks(List<Entry> entries) {
    Set<String> seen = new HashSet<>();
    boolean restartsPerArea = entries.stream().filter(e -> e.parent == null)
        .anyMatch(e -> !seen.add(e.number));
    List<RawTask> tasks = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.parent == null && entry.subTasks > 0 && !entry.hasWork()) {
        continue;
      }
      tasks.add(new RawTask(entry.finalNumber(restartsPerArea), entry.area, entry.finalContent(), entry.lead,
          entry.support, entry.deadline, entry.deliverable, entry.position));
    }
    return tasks;
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

    static Entry of(TableRow row, ColumnMap columns) {
      Entry e = new Entry();
      e.number = row.cell(columns.number());
      e.content = row.cell(columns.content());
      e.lead = row.cell(columns.lead());
      e.support = row.cell(columns.support());
      e.deadline = row.cell(columns.deadline());
      e.deliverable = row.cell(columns.deliverable());
      e.position = row.position();
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
