package vn.cchcflow.system;

import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;

/**
 * Camunda's history writer, except that a variable created and removed within one command leaves no history
 * row (Camunda keeps one in state DELETED): it never had a value anyone could read. These are a step's form
 * fields, which the step records into the task record and then removes from the process (StepRecorder).
 */
public class ProductHistoryEventHandler extends DbHistoryEventHandler {

  @Override
  protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
    if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
      DbEntityCache cache = getDbEntityManager().getDbEntityCache();
      HistoricVariableInstanceEntity row = cache.get(HistoricVariableInstanceEntity.class,
          event.getVariableInstanceId());
      if (row != null && cache.isTransient(row)) {
        row.delete(); // the row and its value's byte array, both not yet written, are dropped
        return;
      }
    }
    super.insertHistoricVariableUpdateEntity(event);
  }
}
