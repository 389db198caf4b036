package vn.cchcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A step opened in a command reads and sets its variables as with Camunda's own manager, without asking the
 * database for the variables of a step that did not exist before the command; a step opened earlier still has
 * its variables read from the database.
 */
class NewStepVariablesTest {

  private ProcessEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void a_new_step_is_not_looked_up_and_a_stored_step_still_is() {
    TaskVariableReads reads = new TaskVariableReads();
    engine = engine("new-step-variables", true, reads);

    Task step = openStep(engine);
    assertThat(reads.count.get()).as("variable queries by task while the step opened").isZero();
    assertThat(engine.getTaskService().getVariablesLocal(step.getId())).isEqualTo(Map.of("brief", "Hồ sơ số 15"));
    assertThat(reads.count.get()).as("a stored step's variables come from the database").isEqualTo(1);
  }

  @Test
  void camundas_own_manager_looks_up_the_new_step() {
    TaskVariableReads reads = new TaskVariableReads();
    engine = engine("camunda-step-variables", false, reads);

    Task step = openStep(engine);
    assertThat(reads.count.get()).isPositive();
    assertThat(engine.getTaskService().getVariablesLocal(step.getId())).isEqualTo(Map.of("brief", "Hồ sơ số 15"));
  }

  /** A step whose create listener reads a process variable through the step and sets a step-local one. */
  private static Task openStep(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().addModelInstance("step.bpmn",
        Bpmn.createExecutableProcess("Step").camundaHistoryTimeToLive(30).startEvent()
            .userTask("Work").camundaTaskListenerExpression("create",
                "${task.setVariableLocal('brief', task.getVariable('input'))}")
            .endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("Step", Map.of("input", "Hồ sơ số 15"));
    return engine.getTaskService().createTaskQuery().singleResult();
  }

  private static ProcessEngine engine(String db, boolean withPlugin, TaskVariableReads reads) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(db);
    configuration.setJdbcUrl("jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    if (withPlugin) {
      configuration.getProcessEnginePlugins().add(new NewStepVariablesPlugin());
    }
    configuration.getProcessEnginePlugins().add(new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl built) {
        built.getSqlSessionFactory().getConfiguration().addInterceptor(reads);
      }
    });
    return configuration.buildProcessEngine();
  }

  /** Counts the engine's queries for a task's variables. */
  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static final class TaskVariableReads implements Interceptor {

    final AtomicInteger count = new AtomicInteger();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      String statement = ((MappedStatement) invocation.getArgs()[0]).getId();
      if (statement.endsWith(".selectVariablesByTaskId")) {
        count.incrementAndGet();
      }
      return invocation.proceed();
    }
  }
}
