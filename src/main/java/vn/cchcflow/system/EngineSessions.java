package vn.cchcflow.system;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Puts a product's manager in the place of one of Camunda's, for every command (from a plugin's preInit). */
public final class EngineSessions {

  private EngineSessions() {
  }

  public static void replace(ProcessEngineConfigurationImpl configuration, Class<? extends Session> type,
                             Supplier<? extends Session> manager) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return manager.get();
      }
    });
  }
}
