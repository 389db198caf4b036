package vn.cchcflow.planimport;

import java.util.List;
import vn.cchcflow.schedule.Schedule;

/**
 * A task as read from a plan, before the coordinating unit confirms it. Units are the commune's unit
 * codes where matched, otherwise the names as written (with a warning); a draft task was made from a
 * duty section of the body rather than read from an appendix. {@code notes}: what the table's extra columns
 * (Ghi chú, Kinh phí, Căn cứ …) say about the task, as "Header: value".
 */
public record ParsedTask(String number, String area, String content, List<String> leadUnits,
                         List<String> supportUnits, String deadlineText, Schedule schedule, String deliverable,
                         boolean draft, List<String> warnings, List<String> notes) {

  public ParsedTask {
    leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
    supportUnits = supportUnits == null ? List.of() : List.copyOf(supportUnits);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public ParsedTask(String number, String area, String content, List<String> leadUnits, List<String> supportUnits,
                    String deadlineText, Schedule schedule, String deliverable, boolean draft, List<String> warnings) {
    this(number, area, content, leadUnits, supportUnits, deadlineText, schedule, deliverable, draft, warnings, null);
  }
}
