package vn.cchcflow.planimport.internal;

import java.util.List;
import vn.cchcflow.plan.AmendmentPreview;
import vn.cchcflow.plan.AmendmentPreview.Kind;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.system.Messages;

/** What the review of an amended plan shows: every task added, changed (old → new), dropped; unchanged ones counted. */
public final class AmendmentText {

  /** Camunda string variables stop at 4000 characters; long contents are shortened. */
  private static final int CONTENT = 160;

  private AmendmentText() {
  }

  public static String markdown(AmendmentPreview preview, Plan plan, Messages messages) {
    StringBuilder md = new StringBuilder();
    md.append(messages.get("amend.preview.title", plan.getTitle(), preview.document())).append("\n\n")
        .append(messages.get("amend.preview.counts", preview.count(Kind.ADDED), preview.count(Kind.CHANGED),
            preview.count(Kind.DROPPED), preview.count(Kind.UNCHANGED))).append("\n\n");
    for (Kind kind : List.of(Kind.ADDED, Kind.CHANGED, Kind.DROPPED)) {
      List<AmendmentPreview.Line> lines = preview.lines().stream().filter(l -> l.kind() == kind).toList();
      if (lines.isEmpty()) {
        continue;
      }
      md.append("**").append(messages.get("amend.preview.kind." + kind.name())).append("**\n\n");
      for (AmendmentPreview.Line line : lines) {
        md.append("- NV ").append(line.number()).append(": ").append(shorten(line.content())).append('\n');
        for (AmendmentPreview.FieldChange change : line.changes()) {
          md.append("  - ").append(messages.get("amend.preview.field." + change.field())).append(": ")
              .append(orDash(change.oldValue())).append(" → ").append(orDash(change.newValue())).append('\n');
        }
        if (line.reason() != null) {
          md.append("  - ").append(messages.get("amend.preview.reason")).append(": ").append(line.reason()).append('\n');
        }
      }
      md.append('\n');
    }
    return md.toString().strip();
  }

  private static String shorten(String text) {
    String content = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return content.length() <= CONTENT ? content : content.substring(0, CONTENT - 1) + "…";
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
