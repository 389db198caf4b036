package vn.cchcflow.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;

/**
 * Camunda's variable reads, except that a step created in this very command is not asked of the database: its
 * id is new, it has no stored variables. Camunda knows this of a new execution (its variables start empty) but
 * not of a new task, so the first listener that read or set a new step's variable (its caption, its brief, a
 * unit report's questions) cost a query, some four per completion that opens the next steps.
 */
class NewStepVariables extends VariableInstanceManager {

  @Override
  public List<VariableInstanceEntity> findVariableInstancesByTaskId(String taskId) {
    return NewSteps.createdInThisCommand(taskId) ? new ArrayList<>() : super.findVariableInstancesByTaskId(taskId);
  }

  @Override
  public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taskId,
                                                                                    Collection<String> names) {
    return NewSteps.createdInThisCommand(taskId) ? new ArrayList<>()
        : super.findVariableInstancesByTaskIdAndVariableNames(taskId, names);
  }
}
