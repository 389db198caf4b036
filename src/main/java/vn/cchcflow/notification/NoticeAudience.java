package vn.cchcflow.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.cchcflow.organisation.PersonNames;
import vn.cchcflow.organisation.UnitGroups;

/**
 * Who a notice about a task goes to: the people holding its open steps (the assignee, or the members
 * of the step's candidate groups), and by escalation level also the lead units' heads (1), the
 * coordinating unit (2) and the commune's leaders (3).
 */
public final class NoticeAudience {

  private final TaskService tasks;
  private final IdentityService identity;

  public NoticeAudience(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  public List<Recipient> of(String processInstanceId, String commune, Collection<String> partUnits,
                            String coordinatingUnit, int level) {
    Map<String, Recipient> recipients = new LinkedHashMap<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (task.getAssignee() != null) {
        add(recipients, identity.createUserQuery().userId(task.getAssignee()).list());
      } else {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            addGroup(recipients, link.getGroupId());
          }
        }
      }
    }
    if (level >= 1) {
      partUnits.forEach(unit -> addGroup(recipients, unit + UnitGroups.HEAD_SUFFIX));
    }
    if (level >= 2) {
      addGroup(recipients, coordinatingUnit);
    }
    if (level >= 3) {
      addGroup(recipients, UnitGroups.leaders(commune));
    }
    return new ArrayList<>(recipients.values());
  }

  /** Members of the given groups (a step's candidate groups). */
  public List<Recipient> members(Collection<String> groups) {
    Map<String, Recipient> recipients = new LinkedHashMap<>();
    groups.forEach(group -> addGroup(recipients, group));
    return new ArrayList<>(recipients.values());
  }

  private void addGroup(Map<String, Recipient> recipients, String group) {
    add(recipients, identity.createUserQuery().memberOfGroup(group).list());
  }

  private static void add(Map<String, Recipient> recipients, List<User> users) {
    for (User user : users) {
      recipients.putIfAbsent(user.getId(), new Recipient(user.getId(), PersonNames.displayName(user), user.getEmail()));
    }
  }
}
