package vn.cchcflow.integrity;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.FormFields;
import vn.cchcflow.system.Messages;

/**
 * Puts the {@link FactGuard} in the engine's command chain, inside the command context, and makes a
 * task's candidates able to work on it (claim, complete) but not to change it (due date, groups, owner):
 * the default permission a candidate gets on a task is TASK_WORK, not UPDATE.
 */
@Component
class FactGuardPlugin extends AbstractProcessEnginePlugin {

  private final Messages messages;

  FactGuardPlugin(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    FactGuard guard = new FactGuard(FormFields.shipped(), messages);
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(guard);
    configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(guard);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
  }
}
