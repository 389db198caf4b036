package vn.cchcflow.tasklifecycle.process;

import org.camunda.bpm.engine.IdentityService;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.TaskRecord;

/** Builds the step listener outside Spring (engine tests register it by hand). */
public final class LifecycleBeans {

  private LifecycleBeans() {
  }

  public static StepListener stepListener(TaskRecord record, CommuneDirectory communes, IdentityService identity,
                                          Messages messages) {
    return new StepListener(new StepBriefs(record, communes, identity, messages),
        new StepRecorder(record, communes, messages));
  }
}
