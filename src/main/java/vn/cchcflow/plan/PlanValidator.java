package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.ExternalBodies;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.DayFormats;

/** Checks a whole plan and reports every problem at once, each naming its field, in Vietnamese. */
@Component
class PlanValidator {

  private final CommuneDirectory communes;
  private final Messages messages;

  PlanValidator(CommuneDirectory communes, Messages messages) {
    this.communes = communes;
    this.messages = messages;
  }

  ResolvedPlan validate(PlanDocument plan) {
    List<FieldProblem> problems = new ArrayList<>();
    if (plan == null) {
      throw new InvalidPlanException(List.of(new FieldProblem("", messages.get("plan.field.required", "commune"))));
    }
    Optional<Commune> commune = Optional.empty();
    if (blank(plan.commune())) {
      required(problems, "commune");
    } else {
      commune = communes.find(plan.commune());
      if (commune.isEmpty()) {
        problems.add(new FieldProblem("commune", messages.get("plan.commune.unknown", plan.commune())));
      }
    }
    if (blank(plan.code())) {
      required(problems, "code");
    }
    if (blank(plan.title())) {
      required(problems, "title");
    }
    if (plan.periodStart() == null) {
      required(problems, "periodStart");
    }
    if (plan.periodEnd() == null) {
      required(problems, "periodEnd");
    }
    if (plan.periodStart() != null && plan.periodEnd() != null && plan.periodStart().isAfter(plan.periodEnd())) {
      problems.add(new FieldProblem("periodEnd",
          messages.get("plan.period.reversed", vn(plan.periodStart()), vn(plan.periodEnd()))));
    }
    List<ResolvedPlan.ResolvedTask> tasks = new ArrayList<>();
    if (plan.tasks() == null || plan.tasks().isEmpty()) {
      problems.add(new FieldProblem("tasks", messages.get("plan.tasks.empty")));
    } else {
      Map<String, Integer> seenNumbers = new HashMap<>();
      for (int i = 0; i < plan.tasks().size(); i++) {
        tasks.add(validateTask(plan, commune.orElse(null), i, seenNumbers, problems));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
    return new ResolvedPlan(commune.orElseThrow(), plan, tasks);
  }

  ResolvedPlan.ResolvedTask validateTask(PlanDocument plan, Commune commune, int index,
                                         Map<String, Integer> seenNumbers, List<FieldProblem> problems) {
    PlanDocument.Task task = plan.tasks().get(index);
    String path = "tasks[" + index + "]";
    if (task == null) {
      problems.add(new FieldProblem(path, messages.get("plan.task.required", index + 1, "number")));
      return null;
    }
    String label = blank(task.number()) ? messages.get("plan.task.unnumbered", index + 1) : task.number();
    if (blank(task.number())) {
      problems.add(new FieldProblem(path + ".number", messages.get("plan.task.required", label, "number")));
    } else {
      Integer first = seenNumbers.putIfAbsent(task.number().strip(), index);
      if (first != null) {
        problems.add(new FieldProblem(path + ".number",
            messages.get("plan.task.numberDuplicate", task.number(), first + 1)));
      }
    }
    if (blank(task.content())) {
      problems.add(new FieldProblem(path + ".content", messages.get("plan.task.required", label, "content")));
    }
    if (task.leadUnits() == null || task.leadUnits().isEmpty()) {
      problems.add(new FieldProblem(path + ".leadUnits", messages.get("plan.task.required", label, "leadUnits")));
    }
    LocalDate due = task.effectiveDueDate();
    if (due != null && plan.periodStart() != null && plan.periodEnd() != null
        && (due.isBefore(plan.periodStart()) || due.isAfter(plan.periodEnd()))) {
      problems.add(new FieldProblem(path + (task.dueDate() != null ? ".dueDate" : ".schedule.due"),
          messages.get("plan.task.dueOutsidePeriod", label, vn(due), vn(plan.periodStart()), vn(plan.periodEnd()))));
    }
    if (commune == null) {
      return null;
    }
    List<Unit> leads = new ArrayList<>();
    List<String> externalLeads = new ArrayList<>();
    resolveUnits(commune, task.leadUnits(), path + ".leadUnits", label, leads, externalLeads, problems);
    List<Unit> supports = new ArrayList<>();
    List<String> externalSupports = new ArrayList<>();
    resolveUnits(commune, task.supportUnits(), path + ".supportUnits", label, supports, externalSupports, problems);
    if (leads.isEmpty() && supports.isEmpty() && task.leadUnits() != null && !task.leadUnits().isEmpty()
        && problems.stream().noneMatch(p -> p.field().startsWith(path + "."))) {
      problems.add(new FieldProblem(path + ".leadUnits", messages.get("plan.task.noLocalUnit", label, commune.name())));
    }
    return new ResolvedPlan.ResolvedTask(task, leads, externalLeads, supports, externalSupports);
  }

  void resolveUnits(Commune commune, List<String> names, String path, String label, List<Unit> local,
                    List<String> external, List<FieldProblem> problems) {
    if (names == null) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (blank(name)) {
        continue;
      }
      Optional<Unit> unit = commune.unit(name);
      if (unit.isPresent()) {
        if (!local.contains(unit.get())) {
          local.add(unit.get());
        }
      } else if (ExternalBodies.isExternal(name)) {
        external.add(name.strip());
      } else {
        problems.add(new FieldProblem(path + "[" + i + "]",
            messages.get("plan.task.unitUnknown", label, name, commune.name())));
      }
    }
  }

  private void required(List<FieldProblem> problems, String field) {
    problems.add(new FieldProblem(field, messages.get("plan.field.required", field)));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String vn(LocalDate date) {
    return DayFormats.OFFICIAL.format(date);
  }
}
