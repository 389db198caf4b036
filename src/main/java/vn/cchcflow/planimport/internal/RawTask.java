package vn.cchcflow.planimport.internal;

import java.util.List;

/** A task row of an appendix with its cells joined and cleaned, before units and deadlines are read. */
record RawTask(String number, String area, String content, String lead, String support, String deadline,
               String deliverable, String position, List<String> notes) {

  RawTask(String number, String area, String content, String lead, String support, String deadline,
          String deliverable, String position) {
    this(number, area, content, lead, support, deadline, deliverable, position, List.of());
  }
}
