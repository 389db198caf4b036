package vn.cchcflow.planimport;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.cchcflow.organisation.CommuneTenantIdProvider;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * Large plans imported through the API without review: read at once (a file that cannot be read is refused
 * in the request), then registered by the job executor in {@code Task_RegisterPlanInBackground}, so the
 * request answers {@code 202} with a status URL instead of holding a connection while thousands of
 * lifecycles start. The registration stays one transaction: everything or nothing, retried after a failure.
 */
@Service
public class BackgroundImports {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundImports.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ManagementService management;
  private final IdentityService identity;
  private final Messages messages;
  private final int threshold;

  BackgroundImports(RuntimeService runtime, HistoryService history, ManagementService management,
                    IdentityService identity, Messages messages,
                    @Value("${cchc.import.background-threshold:200}") int threshold) {
    this.runtime = runtime;
    this.history = history;
    this.management = management;
    this.identity = identity;
    this.messages = messages;
    this.threshold = threshold;
  }

  /** Whether a plan of this many tasks is registered in the background. */
  public boolean isLarge(int tasks) {
    return tasks > threshold;
  }

  /** Starts the import without review for the caller's commune (checked by the caller); its id. */
  public String start(String fileName, String mimeType, byte[] bytes, String commune, String code) {
    String id = EngineAsSystem.call(identity, () -> runtime.startProcessInstanceByKey(PlanImportProcess.KEY,
        Variables.createVariables()
            .putValue(CommuneTenantIdProvider.COMMUNE_VARIABLE, commune)
            .putValue(PlanImportProcess.REVIEW_REQUESTED, false)
            .putValue(PlanImportProcess.REQUESTED_CODE, code)
            .putValue(PlanImportProcess.PLAN_FILE, Variables.fileValue(fileName).file(bytes).mimeType(mimeType).create()))
        .getId());
    LOG.info("Plan import {} for {} accepted for background registration", id, commune);
    return id;
  }

  /** The answer to the request that handed the import over: where to follow it. */
  public String acceptedMessage(String statusUrl) {
    return messages.get("import.background.accepted", statusUrl);
  }

  /** Where a background import stands, for a member of its commune; empty when unknown to them. */
  public Optional<ImportStatus> status(String id, java.util.function.Predicate<String> mayReadCommune) {
    // the caller's right is checked as the caller; the engine is then read as the application
    HistoricProcessInstance instance = EngineAsSystem.call(identity, () -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(id).processDefinitionKey(PlanImportProcess.KEY).singleResult());
    if (instance == null || !mayReadCommune.test(instance.getTenantId())) {
      return Optional.empty();
    }
    return Optional.of(EngineAsSystem.call(identity, () -> stateOf(instance)));
  }

  private ImportStatus stateOf(HistoricProcessInstance instance) {
    String id = instance.getId();
    if (instance.getEndTime() != null) {
      Object planId = variable(id, PlanImportProcess.PLAN_ID);
      Object created = variable(id, PlanImportProcess.PLAN_CREATED);
      boolean isNew = Boolean.TRUE.equals(created);
      return new ImportStatus(ImportStatus.State.DONE, messages.get(isNew ? "import.background.done"
          : "import.background.alreadyRegistered"), planId == null ? null : ((Number) planId).longValue(), isNew);
    }
    Job failed = management.createJobQuery().processInstanceId(id).noRetriesLeft().singleResult();
    if (failed != null) {
      String trace = management.getJobExceptionStacktrace(failed.getId());
      boolean refusal = trace != null && trace.startsWith(OfficialRefusal.class.getName());
      return new ImportStatus(ImportStatus.State.FAILED, refusal ? failed.getExceptionMessage()
          : messages.get("import.background.systemFailure", failed.getId()), null, null);
    }
    return new ImportStatus(ImportStatus.State.RUNNING, messages.get("import.background.running"), null, null);
  }

  private Object variable(String processInstanceId, String name) {
    HistoricVariableInstance found = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    return found == null ? null : found.getValue();
  }

  /** RUNNING, DONE (with the plan) or FAILED (with the reason officials read). */
  public record ImportStatus(State state, String message, Long planId, Boolean created) {

    public enum State { RUNNING, DONE, FAILED }
  }
}
