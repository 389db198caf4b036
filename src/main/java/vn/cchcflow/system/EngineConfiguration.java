package vn.cchcflow.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.cchcflow.organisation.CommuneTenantIdProvider;

/** Engine settings that application.yaml cannot express. */
@Configuration
class EngineConfiguration {

  @Bean
  ProcessEnginePlugin communeTenancy() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new CommuneTenantIdProvider());
      }
    };
  }
}
