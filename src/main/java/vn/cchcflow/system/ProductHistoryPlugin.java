package vn.cchcflow.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers {@link ProductHistoryLevel} under its name, writes history through
 * {@link ProductHistoryEventHandler} instead of Camunda's own writer, and moves a database that earlier
 * versions ran at Camunda's "full" level to it: the engine refuses to start when the level stored in the
 * database differs from the configured one. The history already written stays; from then on less is written.
 */
@Component
class ProductHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ProductHistoryPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    if (custom.stream().noneMatch(level -> level.getId() == ProductHistoryLevel.ID)) {
      custom.add(new ProductHistoryLevel());
    }
    configuration.setCustomHistoryLevels(custom);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(0, new ProductHistoryEventHandler());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!ProductHistoryLevel.NAME.equals(configuration.getHistory())) {
      return;
    }
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
         PreparedStatement update = connection.prepareStatement("update " + prefix
             + "ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?")) {
      update.setString(1, Integer.toString(ProductHistoryLevel.ID));
      update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
      if (update.executeUpdate() > 0) {
        LOG.info("History level moved from 'full' to '{}': intermediate variable values, identity-link history "
            + "and gateway passages are no longer written; existing history is kept", ProductHistoryLevel.NAME);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      // a fresh database: the engine creates its tables, with this level, right after
      LOG.debug("No history level to move yet: {}", e.getMessage());
    }
  }
}
