package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names every user task after its step and its plan task ("Thực hiện nhiệm vụ · NV 3: Xây dựng …"), so
 * a Tasklist full of tasks of one plan stays readable, and writes what the task is about into the
 * description.
 */
@Component
public class TaskCaptionListener implements TaskListener {

  static final String SEPARATOR = " · ";

  @Override
  public void notify(DelegateTask task) {
    task.setName(task.getName() + SEPARATOR + task.getVariable(TASK_CAPTION));
    StringBuilder description = new StringBuilder();
    String unit = unitName(task, PART_UNIT);
    if (unit != null) {
      description.append("Phần việc của: ").append(unit).append('\n');
    }
    String supportUnit = unitName(task, SUPPORT_UNIT);
    if (supportUnit != null) {
      description.append("Đơn vị phối hợp: ").append(supportUnit).append('\n');
    }
    description.append("Kế hoạch: ").append(task.getVariable(PLAN_TITLE)).append('\n')
        .append("Nội dung: ").append(task.getVariable(TASK_CONTENT)).append('\n')
        .append("Thời hạn: ").append(orDash(task.getVariable(DEADLINE_TEXT))).append('\n')
        .append("Sản phẩm: ").append(orDash(task.getVariable(DELIVERABLE)));
    task.setDescription(description.toString());
  }

  static String unitName(DelegateTask task, String variable) {
    Object group = task.getVariable(variable);
    if (group == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> names = (Map<String, String>) task.getVariable(UNIT_NAMES);
    return names.getOrDefault(group.toString(), group.toString());
  }

  private static Object orDash(Object value) {
    return value == null || value.toString().isBlank() ? "—" : value;
  }
}
