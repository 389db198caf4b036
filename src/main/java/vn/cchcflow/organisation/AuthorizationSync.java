package vn.cchcflow.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Grants each commune's groups what their work needs, and no more. Tenant membership limits every grant
 * to the commune's own data; task access of officers comes from candidate groups and assignment, which
 * Camunda turns into task authorizations by itself (TASK_WORK: claim and complete, not change). Grants
 * given by earlier versions and no longer part of a role are taken back at each sync.
 */
@Component
class AuthorizationSync {

  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";
  private static final String PLAN_TASK_PROCESS = "PlanTaskProcess";
  private static final String PLAN_IMPORT_PROCESS = "PlanImportProcess";
  private static final String PLAN_AMENDMENT_PROCESS = "PlanAmendmentProcess";

  private final AuthorizationService authorizations;

  AuthorizationSync(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void sync(Commune commune) {
    String staff = UnitGroups.staff(commune.id());
    String coordinating = UnitGroups.unit(commune.id(), commune.coordinatingUnit());
    String leaders = UnitGroups.leaders(commune.id());

    grant(staff, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    // everyone may open the task lifecycle's diagram; only supervisors see (and may start) the import
    grant(staff, Resources.PROCESS_DEFINITION, PLAN_TASK_PROCESS, ProcessDefinitionPermissions.READ);

    for (String supervisor : List.of(coordinating, leaders)) {
      grant(supervisor, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
      grant(supervisor, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK);
      grant(supervisor, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(supervisor, Resources.TASK, ANY, Permissions.READ);
    }
    // the coordinating unit imports plans from Tasklist (the import's start form); everything else is started
    // by the application's own acts, as the system
    revoke(coordinating, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
    for (String startable : List.of(PLAN_IMPORT_PROCESS, PLAN_AMENDMENT_PROCESS)) {
      grant(coordinating, Resources.PROCESS_DEFINITION, startable, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    grant(coordinating, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  /** Takes back a permission earlier versions granted. */
  void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (authorization != null && authorization.isPermissionGranted(permission)) {
      authorization.removePermission(permission);
      authorizations.saveAuthorization(authorization);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant when missing. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
