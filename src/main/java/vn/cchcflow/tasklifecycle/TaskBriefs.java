package vn.cchcflow.tasklifecycle;

import java.util.List;
import java.util.stream.Stream;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.system.Messages;

/**
 * The caption ("NV 3: Xây dựng …") every step of a plan task is named with, and the brief every form
 * shows (plan, content, units, deadline as written, deliverable), composed once per lifecycle.
 */
public final class TaskBriefs {

  private static final int CAPTION_LENGTH = 120;
  /** Camunda string variables hold up to 4000 characters. */
  private static final int BRIEF_LENGTH = 3900;

  private TaskBriefs() {
  }

  public static String caption(String number, String content) {
    String text = content.strip();
    if (text.length() > CAPTION_LENGTH) {
      text = text.substring(0, CAPTION_LENGTH - 1).strip() + "…";
    }
    return "NV " + number + ": " + text;
  }

  public static String brief(PlanTaskStart task, Messages messages) {
    String brief = messages.get("task.brief", caption(task.number(), task.content()), task.planTitle(),
        orDash(task.area()), task.content().strip(), names(task.leadUnits(), task.externalLeads()),
        names(task.supportUnits(), task.externalSupports()), orDash(task.deadlineText()), orDash(task.deliverable()));
    return brief.length() <= BRIEF_LENGTH ? brief : brief.substring(0, BRIEF_LENGTH - 1) + "…";
  }

  private static String names(List<Unit> units, List<String> external) {
    String names = String.join(", ", Stream.concat(units.stream().map(Unit::name), external.stream()).toList());
    return names.isBlank() ? "—" : names;
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value.strip();
  }
}
