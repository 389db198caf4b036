package vn.cchcflow.system;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** Steps (Camunda tasks) the running engine command created: not yet in the database, nothing refers to them. */
public final class NewSteps {

  private NewSteps() {
  }

  /** Whether the step with this id was created in the running command (false outside a command). */
  public static boolean createdInThisCommand(String taskId) {
    CommandContext command = Context.getCommandContext();
    if (command == null || taskId == null) {
      return false;
    }
    DbEntityCache cache = command.getDbEntityManager().getDbEntityCache();
    TaskEntity task = cache.get(TaskEntity.class, taskId);
    return task != null && cache.isTransient(task);
  }
}
