package vn.cchcflow.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks for this application's load, created once the engine has created or
 * updated its tables (so not a Flyway migration: on a fresh database Flyway may run before the engine's
 * tables exist). Idempotent; H2 and PostgreSQL.
 * <ul>
 *   <li>ACT_RU_TASK(PARENT_TASK_ID_): completing a task looks for its sub-tasks by this column, which had no
 *       index: a sequential scan of every open task of the server in every completion (issue 16).</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  static final String[] INDEXES = {
      "create index if not exists CCHC_IDX_TASK_PARENT on %sACT_RU_TASK (PARENT_TASK_ID_)",
  };

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement sql = connection.createStatement()) {
      for (String index : INDEXES) {
        sql.execute(index.formatted(prefix));
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the engine's extra indexes", e);
    }
    LOG.info("Engine indexes present: {}", INDEXES.length);
  }
}
