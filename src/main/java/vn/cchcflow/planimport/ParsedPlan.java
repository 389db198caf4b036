package vn.cchcflow.planimport;

import java.util.List;

/** The whole preview of an import: the plan's facts, its tasks, and warnings about the plan as a whole. */
public record ParsedPlan(PlanFacts plan, List<ParsedTask> tasks, List<String> warnings) {

  public ParsedPlan {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
