package vn.cchcflow.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings for running it (beside the lead's {@code EngineConfiguration}):
 * <ul>
 *   <li>the node's name as job lock owner and history host name ({@link NodeIdentity});</li>
 *   <li>logins are never locked by the engine: Camunda's own lock counts wrong passwords per account from
 *       anyone, so anybody could lock anybody out (and after {@code loginMaxAttempts} for good); guessing is
 *       slowed per account and address by {@code vn.cchcflow.accounts.LoginThrottle} instead.</li>
 * </ul>
 * History retention and the password policy are plain properties in {@code application.yaml}.
 */
@Configuration
class OperationsEngineConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsEngineConfiguration.class);

  @Bean
  ProcessEnginePlugin nodeNameAndLoginPlugin(NodeIdentity node) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(node.id());
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
          configuration.getJobExecutor().setLockOwner(node.id());
        }
        LOG.info("Node '{}': job lock owner and history host name", node.id());
      }
    };
  }
}
