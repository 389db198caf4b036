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

/**
 * Who a notice goes to, resolved once per notice: the people holding the given open steps (the
 * assignee, or the step's candidate users and the members of its candidate groups), plus whole groups
 * (unit heads, the coordinating unit, the leaders) as the notice's level asks.
 */
public final class NoticeAudience {

  private final TaskService tasks;
  private final IdentityService identity;
  private final Map<String, Recipient> recipients = new LinkedHashMap<>();

  public NoticeAudience(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  public NoticeAudience holdersOf(Collection<Task> steps) {
    for (Task task : steps) {
      if (task.getAssignee() != null) {
        add(identity.createUserQuery().userId(task.getAssignee()).list());
        continue;
      }
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (link.getGroupId() != null) {
          group(link.getGroupId());
        } else if (link.getUserId() != null) {
          add(identity.createUserQuery().userId(link.getUserId()).list());
        }
      }
    }
    return this;
  }

  public NoticeAudience groups(Collection<String> groups) {
    groups.forEach(this::group);
    return this;
  }

  public NoticeAudience group(String group) {
    add(identity.createUserQuery().memberOfGroup(group).list());
    return this;
  }

  public List<Recipient> recipients() {
    return new ArrayList<>(recipients.values());
  }

  private void add(List<User> users) {
    for (User user : users) {
      recipients.putIfAbsent(user.getId(), new Recipient(user.getId(), PersonNames.displayName(user), user.getEmail()));
    }
  }
}
