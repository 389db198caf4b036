package vn.cchcflow.demo;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.tasklifecycle.TaskRecord;

/**
 * Moves a freshly loaded demo plan a little way along, so that every demo role finds work at once:
 * unit heads have assignments left, officers have tasks to execute and support input to give, heads
 * have a sign-off, and the coordinating unit has a deliverable to review.
 */
@Component
class DemoProgress {

  private static final int ASSIGNED_PER_UNIT = 2;

  private final TaskService tasks;
  private final TaskRecord record;

  DemoProgress(TaskService tasks, TaskRecord record) {
    this.tasks = tasks;
    this.record = record;
  }

  void advance(Commune commune, String planCode) {
    Map<String, Integer> assignedPerUnit = new HashMap<>();
    for (Task assignment : openTasks(planCode, TASK_ASSIGN_OFFICER)) {
      String unitCode = record.part(((Number) tasks.getVariable(assignment.getId(), PART_ID)).longValue()).unitCode();
      Unit unit = commune.unit(unitCode).orElse(null);
      int assigned = assignedPerUnit.merge(unitCode, 1, Integer::sum);
      if (unit == null || unit.officers().isEmpty() || assigned > ASSIGNED_PER_UNIT) {
        continue;
      }
      String officer = unit.officers().get(0).id();
      tasks.complete(assignment.getId(), Variables.putValue(OFFICER, officer));
      if (assigned == 1) {
        bringToReview(planCode, officer);
      }
    }
  }

  /** The officer's first task goes through execution, sign-off and submission. */
  private void bringToReview(String planCode, String officer) {
    Task execute = openTasks(planCode, TASK_EXECUTE_TASK).stream()
        .filter(t -> officer.equals(t.getAssignee())).findFirst().orElseThrow();
    tasks.complete(execute.getId(), Variables.putValue(PROGRESS_NOTE, "Đã hoàn thành dự thảo, trình lãnh đạo phòng."));
    Task signOff = openTasks(planCode, TASK_SIGN_OFF).stream()
        .filter(t -> t.getProcessInstanceId().equals(execute.getProcessInstanceId())).findFirst().orElseThrow();
    tasks.complete(signOff.getId(), Variables.putValue(SIGN_OFF_DECISION, APPROVE));
    Task submit = openTasks(planCode, TASK_SUBMIT_DELIVERABLE).stream()
        .filter(t -> t.getProcessInstanceId().equals(execute.getProcessInstanceId())).findFirst().orElseThrow();
    tasks.complete(submit.getId(), Variables.putValue(DOCUMENT_NUMBER, "01/BC-UBND")
        .putValue(DOCUMENT_DATE, "16/11/2026").putValue(DELIVERABLE_SUMMARY, "Sản phẩm mẫu của dữ liệu demo"));
  }

  private List<Task> openTasks(String planCode, String step) {
    return tasks.createTaskQuery().processInstanceBusinessKeyLike(planCode + "-%").taskDefinitionKey(step)
        .orderByTaskCreateTime().asc().orderByTaskId().asc().list();
  }
}
