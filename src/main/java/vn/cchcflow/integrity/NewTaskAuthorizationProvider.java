package vn.cchcflow.integrity;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Camunda's default authorizations of a step (its candidates and assignee get TASK and HISTORIC_TASK grants),
 * without looking in the database for a grant a step created in this very command cannot have: its id is new.
 * Camunda asks the database once per identity link and resource, four queries for each step a completion or an
 * import opens; grants made earlier in the same command are still merged by the engine's own cache check.
 */
class NewTaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
                                                      Resource resource) {
    if (createdInThisCommand(taskId)) {
      return null;
    }
    return super.getGrantAuthorization(taskId, userId, groupId, resource);
  }

  private static boolean createdInThisCommand(String taskId) {
    CommandContext command = Context.getCommandContext();
    if (command == null || taskId == null) {
      return false;
    }
    DbEntityCache cache = command.getDbEntityManager().getDbEntityCache();
    TaskEntity task = cache.get(TaskEntity.class, taskId);
    return task != null && cache.isTransient(task);
  }
}
