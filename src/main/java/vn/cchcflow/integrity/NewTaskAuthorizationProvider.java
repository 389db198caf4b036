package vn.cchcflow.integrity;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import vn.cchcflow.system.NewSteps;

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
    if (NewSteps.createdInThisCommand(taskId)) {
      return null;
    }
    return super.getGrantAuthorization(taskId, userId, groupId, resource);
  }
}
