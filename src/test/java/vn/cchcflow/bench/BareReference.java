package vn.cchcflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;

/**
 * The bare Camunda 7 reference of {@code ../shared/baseline} (Baseline.java), in this JVM so that its phases
 * interleave with the product's: the same lifecycle-shaped model (assign → execute ‖ support × 2 → sign-off →
 * submit → review, a non-interrupting reminder on execute), history full, StrongUuidGenerator ids, no Spring.
 * With {@code authorized} the engine runs with authorization on, every user task has a candidate group (so
 * Camunda writes a task authorization row per identity link, as in the product) and every completion runs
 * as a member of that group. Phases are called one at a time by {@link CityYearBenchmark}.
 */
final class BareReference implements AutoCloseable {

  static final String KEY = "planTask";
  static final String[] USER_TASKS = {"assign", "execute", "support", "signoff", "submit", "review"};
  static final int COMMUNES = 100;
  static final String CONTENT = "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn xã; "
      + "tổng hợp số liệu, lập báo cáo kết quả thực hiện kế hoạch giảm nghèo bền vững năm 2025 "
      + "gửi Ủy ban nhân dân huyện trước ngày hết hạn theo quy định.";

  final ProcessEngine engine;
  final boolean authorized;
  final StatementCounter statements;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private String[] ids;
  private Date start;

  BareReference(String name, String url, String user, String password, boolean authorized) {
    this.authorized = authorized;
    this.statements = new StatementCounter();
    ProcessEngineConfigurationImpl cfg = new StandaloneProcessEngineConfiguration();
    org.apache.ibatis.datasource.pooled.PooledDataSource pool = new org.apache.ibatis.datasource.pooled.PooledDataSource(
        "org.postgresql.Driver", url, user, password);
    pool.setPoolMaximumActiveConnections(6);
    pool.setPoolMaximumIdleConnections(6);
    cfg.setDataSource(statements.wrap(pool));
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .setProcessEngineName(name);
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setJavaSerializationFormatEnabled(true);
    cfg.setAuthorizationEnabled(authorized);
    engine = cfg.buildProcessEngine();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    engine.getRepositoryService().createDeployment().addModelInstance("planTask.bpmn", model(authorized)).deploy();
  }

  /** Starts n instances (11 variables each), as the system. */
  long start(Parallel pool, int n) throws Exception {
    start = ClockUtil.getCurrentTime();
    ids = new String[n];
    return pool.run(n, i -> {
      ids[i] = runtime.startProcessInstanceByKey(KEY, "A-" + i, variables(i, start)).getId();
      return 1;
    });
  }

  /** Starts n instances and completes them (not timed: the JIT compiles the engine's paths first). */
  void warmUp(Parallel pool, int n) throws Exception {
    start(pool, n);
    completeAll(pool);
  }

  /** Drives every instance through every user task: 7 completions each, as a member of the task's group. */
  long completeAll(Parallel pool) throws Exception {
    return pool.run(ids.length, i -> {
      long done = 0;
      for (String def : USER_TASKS) {
        List<Task> list = tasks.createTaskQuery().processInstanceId(ids[i]).taskDefinitionKey(def).list();
        if (list.isEmpty()) {
          throw new IllegalStateException("no task " + def + " in " + ids[i]);
        }
        for (Task t : list) {
          complete(t, i, def);
          done++;
        }
      }
      return done;
    });
  }

  private void complete(Task t, int i, String def) {
    Map<String, Object> vars = Variables.createVariables()
        .putValue(def + "Result", "Đã hoàn thành bước " + def + " của nhiệm vụ số " + i)
        .putValue(def + "By", "canbo" + (i % 37) + "@ubnd.gov.vn")
        .putValue(def + "At", ClockUtil.getCurrentTime());
    if (!authorized) {
      tasks.complete(t.getId(), vars);
      return;
    }
    String group = engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
        .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    engine.getIdentityService().setAuthentication("canbo" + group, List.of(group, "c" + (i % COMMUNES) + "staff"));
    try {
      tasks.complete(t.getId(), vars);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** A fresh batch of n instances parked at "execute" (timer armed). */
  long timerSetup(Parallel pool, int n) throws Exception {
    start = ClockUtil.getCurrentTime();
    return pool.run(n, i -> {
      String id = runtime.startProcessInstanceByKey(KEY, "B-" + i, variables(i, start)).getId();
      Task assign = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("assign").singleResult();
      complete(assign, i, "assign");
      return 1;
    });
  }

  /** Moves the clock past the reminders (+24 days) and fires every due timer job. */
  long timers(Parallel pool) throws Exception {
    ClockUtil.setCurrentTime(new Date(start.getTime() + Duration.ofDays(24).toMillis()));
    List<Job> jobs = management.createJobQuery().timers().executable().list();
    return pool.run(jobs.size(), i -> {
      management.executeJob(jobs.get(i).getId());
      return 1;
    });
  }

  /** Per commune, completed instances and open user tasks, from history (naive queries). */
  long rollup(Parallel pool) throws Exception {
    return pool.run(COMMUNES, c -> {
      engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).completed()
          .variableValueEquals("commune", commune(c)).count();
      engine.getHistoryService().createHistoricTaskInstanceQuery().processDefinitionKey(KEY).unfinished()
          .processVariableValueEquals("commune", commune(c)).count();
      return 1;
    });
  }

  long finishedInstances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().completed().count();
  }

  static BpmnModelInstance model(boolean groups) {
    UserTaskBuilder assign = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180)
        .startEvent("start")
        .userTask("assign");
    if (groups) {
      assign.camundaCandidateGroups("${headGroup}");
    }
    UserTaskBuilder execute = assign.parallelGateway("fork").userTask("execute");
    if (groups) {
      execute.camundaCandidateGroups("${unitGroup}");
    }
    UserTaskBuilder support = execute
        .boundaryEvent("reminder").cancelActivity(false).timerWithDuration("${reminderIn}")
        .serviceTask("remind").camundaExpression("${true}")
        .endEvent("reminded")
        .moveToActivity("execute")
        .parallelGateway("join")
        .moveToNode("fork")
        .userTask("support");
    if (groups) {
      support.camundaCandidateGroups("${unit}");
    }
    UserTaskBuilder signoff = support.multiInstance().parallel().camundaCollection("${units}")
        .camundaElementVariable("unit").multiInstanceDone()
        .connectTo("join")
        .moveToNode("join")
        .userTask("signoff");
    if (groups) {
      signoff.camundaCandidateGroups("${headGroup}");
    }
    UserTaskBuilder submit = signoff.userTask("submit");
    if (groups) {
      submit.camundaCandidateGroups("${unitGroup}");
    }
    UserTaskBuilder review = submit.userTask("review");
    if (groups) {
      review.camundaCandidateGroups("${coordinatingGroup}");
    }
    return review.endEvent("end").done();
  }

  static String commune(int c) {
    return "Xã Phước Hòa " + c;
  }

  /** ~10 variables of realistic size; due 30 days out, reminder 7 days before due; groups of the commune. */
  Map<String, Object> variables(int i, Date now) {
    String due = now.toInstant().plus(Duration.ofDays(30)).toString().substring(0, 10);
    String c = "c" + (i % COMMUNES);
    List<String> units = authorized ? new ArrayList<>(List.of(c + "phunu", c + "doan"))
        : new ArrayList<>(List.of("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"));
    Map<String, Object> vars = Variables.createVariables()
        .putValue("title", "Kế hoạch giảm nghèo bền vững - nhiệm vụ số " + i)
        .putValue("content", CONTENT)
        .putValue("commune", commune(i % COMMUNES))
        .putValue("district", "Huyện Phú Giáo")
        .putValue("province", "Tỉnh Bình Dương")
        .putValue("leadUnit", "Phòng Lao động - Thương binh và Xã hội")
        .putValue("units", units)
        .putValue("dueDate", due)
        .putValue("reminderIn", "P23D")
        .putValue("planCode", "KH-2025-" + (i % 50))
        .putValue("priority", i % 3 == 0 ? "Cao" : "Bình thường");
    if (authorized) {
      vars.put("headGroup", c + "kinhtehead");
      vars.put("unitGroup", c + "kinhte");
      vars.put("coordinatingGroup", c + "vhxh");
    }
    return vars;
  }

  @Override
  public void close() {
    engine.close();
  }
}
