package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.SUPPORT_INPUT;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.SUPPORT_INPUTS;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.SUPPORT_UNIT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ProvideSupportInput: appends the support unit's input to the part's {@code supportInputs}, which
 * the lead officer, the unit head and the reviewer read in their forms.
 */
@Component
public class CollectSupportInputListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object input = task.getVariable(SUPPORT_INPUT);
    if (input == null || input.toString().isBlank()) {
      return;
    }
    Object collected = task.getVariable(SUPPORT_INPUTS);
    String line = "- " + TaskCaptionListener.unitName(task, SUPPORT_UNIT) + ": " + input.toString().strip();
    task.getExecution().setVariable(SUPPORT_INPUTS, collected == null ? line : collected + "\n" + line);
  }
}
