package vn.cchcflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.PlanTaskProcess;
import vn.cchcflow.tasklifecycle.TaskProgress;
import vn.cchcflow.tasklifecycle.TaskProgressReader;
import vn.cchcflow.tasklifecycle.TaskStatus;

@RestController
@RequestMapping("/api/plans")
class PlanController {

  private final PlanService plans;
  private final TaskProgressReader progress;

  PlanController(PlanService plans, TaskProgressReader progress) {
    this.plans = plans;
    this.progress = progress;
  }

  @PostMapping
  ResponseEntity<PlanRegistration> register(@RequestBody PlanDocument plan) {
    PlanRegistration registration = plans.register(plan);
    return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK).body(registration);
  }

  @GetMapping
  List<PlanSummary> list() {
    return plans.list();
  }

  /**
   * Sets or moves a task's due date: {@code {"dueDate": "2026-06-30", "reason": "…", "document": "Công văn
   * số 12/UBND ngày 02/06/2026"}} (reason and document optional; both go into the audit trail).
   */
  @PutMapping("/{id}/tasks/{number}/due-date")
  ResponseEntity<Void> changeDueDate(@PathVariable long id, @PathVariable String number,
                                     @RequestBody DueDateChange change) {
    plans.changeDueDate(id, number, change.dueDate(), change.reason(), change.document());
    return ResponseEntity.noContent().build();
  }

  record DueDateChange(LocalDate dueDate, String reason, String document) {
  }

  @GetMapping("/{id}/tasks")
  List<PlanTaskView> tasks(@PathVariable long id) {
    PlanService.VisiblePlan visible = plans.visibleTasks(id);
    Map<Long, String> instances = new HashMap<>();
    visible.tasks().forEach(task -> instances.put(task.getId(), task.getProcessInstanceId()));
    Map<Long, TaskProgress> byTask = progress.read(instances, VietnamTime.now().toInstant());
    return visible.tasks().stream()
        .map(task -> PlanTaskView.of(visible.plan(), task, visible.commune(), byTask.get(task.getId())))
        .toList();
  }

  /** One row of {@code GET /api/plans/{id}/tasks}. */
  record PlanTaskView(String number, String area, String content, List<String> leadUnits, List<String> supportUnits,
                      String deadlineText, LocalDate dueDate, String deliverable, TaskStatus status,
                      List<TaskProgress.CurrentStep> currentSteps, Instant completedAt,
                      List<TaskProgress.DeliverableProgress> deliverables, String businessKey,
                      String processInstanceId) {

    static PlanTaskView of(Plan plan, PlanTask task, Commune commune, TaskProgress progress) {
      return new PlanTaskView(task.getNumber(), task.getArea(), task.getContent(),
          names(commune, task.getLeadUnits(), task.getExternalLeads()),
          names(commune, task.getSupportUnits(), task.getExternalSupports()),
          task.getDeadlineText(), task.getDueDate(), task.getDeliverable(), progress.status(),
          progress.currentSteps(), progress.completedAt(), progress.deliverables(),
          PlanTaskProcess.businessKey(plan.getCode(), task.getNumber()), task.getProcessInstanceId());
    }

    private static List<String> names(Commune commune, List<String> codes, List<String> external) {
      return java.util.stream.Stream.concat(
          codes.stream().map(code -> commune.unit(code).map(Unit::name).orElse(code)), external.stream()).toList();
    }
  }
}
