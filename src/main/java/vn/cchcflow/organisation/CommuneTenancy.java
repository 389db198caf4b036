package vn.cchcflow.organisation;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.Messages;

/** Every commune is a tenant: the engine stamps each new instance with its commune (see {@link CommuneTenantIdProvider}). */
@Component
class CommuneTenancy extends AbstractProcessEnginePlugin {

  private final Messages messages;

  CommuneTenancy(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new CommuneTenantIdProvider(messages));
  }
}
