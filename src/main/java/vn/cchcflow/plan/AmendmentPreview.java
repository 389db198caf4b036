package vn.cchcflow.plan;

import java.util.List;

/**
 * What an amendment would do to the registered plan, task by task: added, changed (old → new per
 * field), dropped, unchanged; shown to the coordinating unit before it confirms.
 */
public record AmendmentPreview(long planId, String document, List<Line> lines) {

  public enum Kind { ADDED, CHANGED, DROPPED, UNCHANGED }

  public record Line(Kind kind, String number, String content, List<FieldChange> changes, String reason) {
  }

  public record FieldChange(String field, String oldValue, String newValue) {
  }

  public long count(Kind kind) {
    return lines.stream().filter(l -> l.kind() == kind).count();
  }
}
