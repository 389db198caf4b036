package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.OFFICER;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.OFFICER_OPTIONS;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.PART_UNIT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.PersonNames;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.Messages;

/**
 * Task_AssignOfficer: offers the unit's people as choices when the task is created, and on completion
 * refuses an officer who is not in the unit.
 */
@Component
public class AssignOfficerListener implements TaskListener {

  private final Messages messages;

  public AssignOfficerListener(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      offerUnitMembers(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      checkOfficerIsInUnit(task);
    }
  }

  private void offerUnitMembers(DelegateTask task) {
    List<Map<String, String>> options = members(task).stream()
        .map(user -> Map.of("label", PersonNames.displayName(user), "value", user.getId()))
        .toList();
    task.setVariableLocal(OFFICER_OPTIONS,
        Variables.objectValue(options).serializationDataFormat(SerializationDataFormats.JSON).create());
  }

  private void checkOfficerIsInUnit(DelegateTask task) {
    Object officer = task.getVariable(OFFICER);
    boolean member = officer != null && members(task).stream().anyMatch(user -> user.getId().equals(officer));
    if (!member) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("task.assign.officerNotInUnit",
          officer == null ? "" : officer, TaskCaptionListener.unitName(task, PART_UNIT)));
    }
  }

  private static List<User> members(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    return identity.createUserQuery().memberOfGroup((String) task.getVariable(PART_UNIT)).orderByUserLastName().asc()
        .list();
  }
}
