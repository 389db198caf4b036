package vn.cchcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the product's history level keeps: the steps people took and the last value of each variable, not
 * every intermediate value nor the passage through gateways; and a database written at "full" by an earlier
 * version starts at the product's level without losing its history.
 */
class ProductHistoryLevelTest {


  private ProcessEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
    ClockUtil.reset();
  }

  @Test
  void keeps_steps_fired_timers_and_last_values_but_no_intermediate_values_or_gateway_passages() {
    engine = engine("history-steps", ProductHistoryLevel.NAME, true);
    ProcessInstance instance = run(engine);

    var history = engine.getHistoryService();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(t -> t.getName()).containsExactly("Thực hiện");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactlyInAnyOrder("Start", "Work", "Done");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("note").singleResult().getValue()).isEqualTo("bản cuối");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .as("the step's own variables (an input parameter, a task-local value) end with the step")
        .extracting(v -> v.getName()).containsExactly("note");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).includeDeleted()
        .variableName("decision").count()).as("a form field recorded and removed on completion").isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(instance.getId()).list())
        .as("the timer that fired").extracting(entry -> entry.getActivityId() + " " + entry.isSuccessLog())
        .containsExactly("Timer true");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
        .isOne();
  }

  @Test
  void a_database_kept_at_full_history_moves_to_the_product_level_and_keeps_what_it_had() throws Exception {
    engine = engine("history-upgrade", ProcessEngineConfiguration.HISTORY_FULL, false);
    ProcessInstance before = run(engine);
    long detailsBefore = engine.getHistoryService().createHistoricDetailQuery().count();
    assertThat(detailsBefore).isPositive();
    engine.close();

    engine = engine("history-upgrade", ProductHistoryLevel.NAME, true);
    assertThat(storedLevel("history-upgrade")).isEqualTo(ProductHistoryLevel.ID);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(before.getId())
        .count()).isOne();
    run(engine);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().count()).isEqualTo(detailsBefore);
  }

  /**
   * start → gateway → timer → user task (a variable written twice; an input parameter, a local value; a form
   * field removed by the step's complete listener, as StepRecorder does) → end.
   */
  private static ProcessInstance run(ProcessEngine engine) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("HistoryProbe").camundaHistoryTimeToLive(30)
        .startEvent("Start").exclusiveGateway("Gateway")
        .intermediateCatchEvent("Timer").timerWithDuration("PT1H")
        .userTask("Work").name("Thực hiện").camundaInputParameter("question", "Kết quả thực hiện?")
        .camundaTaskListenerExpression("complete", "${task.execution.removeVariable('decision')}")
        .endEvent("Done").done();
    engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", model).deploy();
    ClockUtil.setCurrentTime(new Date());
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("HistoryProbe",
        Map.of("note", "bản nháp"));
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 2 * 3_600_000L));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).singleResult().getId());
    Task work = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    engine.getTaskService().setVariableLocal(work.getId(), "draft", "ghi chú của cán bộ");
    engine.getRuntimeService().setVariable(instance.getId(), "note", "bản sửa");
    engine.getTaskService().complete(work.getId(), Map.of("note", "bản cuối", "decision", "Đồng ý"));
    return instance;
  }

  private static ProcessEngine engine(String db, String history, boolean withPlugin) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(db);
    configuration.setJdbcUrl(url(db));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(history);
    if (withPlugin) {
      configuration.getProcessEnginePlugins().add(new ProductHistoryPlugin());
    }
    return configuration.buildProcessEngine();
  }

  private static int storedLevel(String db) throws Exception {
    try (Connection c = DriverManager.getConnection(url(db), "sa", "");
         ResultSet rs = c.createStatement().executeQuery(
             "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
      rs.next();
      return Integer.parseInt(rs.getString(1));
    }
  }

  private static String url(String db) {
    return "jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1";
  }
}
