package vn.cchcflow.tasklifecycle.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Every user task of PlanTaskProcess: when created, it is named after its step and plan task and told
 * what its form shows ({@link StepBriefs}); when completed, what its form said goes into the task record
 * and the engine forgets it ({@link StepRecorder}).
 */
@Component
public class StepListener implements TaskListener {

  private final StepBriefs briefs;
  private final StepRecorder recorder;

  public StepListener(StepBriefs briefs, StepRecorder recorder) {
    this.briefs = briefs;
    this.recorder = recorder;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      briefs.write(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      recorder.record(task);
    }
  }
}
