package vn.cchcflow.planimport.internal;

/** A task row of an appendix with its cells joined and cleaned, before units and deadlines are read. */
record RawTask(String number, String area, String content, String lead, String support, String deadline,
               String deliverable, String position) {
}
