package vn.cchcflow.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A step's grants are Camunda's own, whether the step was opened in this command (no database lookup) or
 * changed later (looked up and merged, never duplicated).
 */
class NewTaskAuthorizationProviderTest {

  private ProcessEngine camunda;
  private ProcessEngine product;

  @AfterEach
  void close() {
    for (ProcessEngine engine : new ProcessEngine[] {camunda, product}) {
      if (engine != null) {
        engine.close();
      }
    }
  }

  @Test
  void grants_a_new_step_exactly_what_camunda_grants_and_merges_later_changes() {
    camunda = engine("grants-camunda", false);
    product = engine("grants-product", true);

    assertThat(grantsOfAStep(product)).isEqualTo(grantsOfAStep(camunda)).as("one grant per person or group")
        .containsExactly("HISTORIC_TASK group kinhte READ", "HISTORIC_TASK group kinhtehead READ",
            "HISTORIC_TASK user anh READ", "HISTORIC_TASK user binh READ", "TASK group kinhte READ UPDATE",
            "TASK group kinhtehead READ UPDATE", "TASK user anh READ UPDATE", "TASK user binh READ UPDATE");
  }

  /**
   * Opens a step with a candidate group and an assignee, plus a second candidate group added in the same
   * command by a listener; then, in a later command, the same group again and a new assignee: the grants,
   * one line each, with their permissions.
   */
  private static List<String> grantsOfAStep(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().addModelInstance("step.bpmn",
        Bpmn.createExecutableProcess("Step").camundaHistoryTimeToLive(30).startEvent()
            .userTask("Work").camundaCandidateGroups("kinhte").camundaAssignee("anh")
            .camundaTaskListenerExpression("create", "${task.addCandidateGroup('kinhtehead')}")
            .endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("Step");
    Task step = engine.getTaskService().createTaskQuery().singleResult();
    engine.getTaskService().addCandidateGroup(step.getId(), "kinhte");
    engine.getTaskService().setAssignee(step.getId(), "binh");
    return engine.getAuthorizationService().createAuthorizationQuery().resourceId(step.getId()).list().stream()
        .map(NewTaskAuthorizationProviderTest::line).sorted().toList();
  }

  private static String line(Authorization grant) {
    String resource = grant.getResourceType() == Resources.TASK.resourceType() ? "TASK"
        : grant.getResourceType() == Resources.HISTORIC_TASK.resourceType() ? "HISTORIC_TASK"
        : String.valueOf(grant.getResourceType());
    String who = grant.getGroupId() != null ? "group " + grant.getGroupId() : "user " + grant.getUserId();
    if (grant.getResourceType() == Resources.HISTORIC_TASK.resourceType()) {
      return resource + " " + who + (grant.isPermissionGranted(HistoricTaskPermissions.READ) ? " READ" : "");
    }
    return resource + " " + who + (grant.isPermissionGranted(Permissions.READ) ? " READ" : "")
        + (grant.isPermissionGranted(Permissions.UPDATE) ? " UPDATE" : "");
  }

  private static ProcessEngine engine(String db, boolean withPlugin) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(db);
    configuration.setJdbcUrl("jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setAuthorizationEnabled(true);
    configuration.setEnableHistoricInstancePermissions(true);
    if (withPlugin) {
      configuration.getProcessEnginePlugins().add(new AuthorizedGroupsPlugin());
    }
    return configuration.buildProcessEngine();
  }
}
