package vn.cchcflow.system;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.springframework.stereotype.Component;

/** Installs {@link NewStepVariables} in place of Camunda's variable manager. */
@Component
public class NewStepVariablesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return VariableInstanceManager.class;
      }

      @Override
      public Session openSession() {
        return new NewStepVariables();
      }
    });
  }
}
