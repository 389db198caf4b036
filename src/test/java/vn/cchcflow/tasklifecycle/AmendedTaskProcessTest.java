package vn.cchcflow.tasklifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.cchcflow.tasklifecycle.Lifecycle.NAM_AN_PHU;
import static vn.cchcflow.tasklifecycle.Lifecycle.at;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchcflow.system.VietnamTime;

/** A registered plan is amended: running lifecycles follow, nothing is lost or doubled. */
@Deployment(resources = "processes/PlanTaskProcess.bpmn")
class AmendedTaskProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit-test.cfg.xml").build();

  private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  private Lifecycle life;
  private LifecycleChanges changes;

  @BeforeEach
  void setUp() {
    life = new Lifecycle(engine.getProcessEngine());
    changes = life.wiring.changes();
    at(2026, 3, 2, 9, 0);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void a_dropped_task_ends_as_withdrawn_and_leaves_the_figures_from_that_day() {
    ProcessInstance pi = life.start("12", List.of("kinhte"), List.of("vpub"), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");
    Instant before = VietnamTime.now().toInstant();
    at(2026, 4, 10, 9, 0);

    changes.withdraw(pi.getId());

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_WITHDRAWN).hasNotPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(engine.getProcessEngine().getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .isZero();
    assertThat(engine.getProcessEngine().getManagementService().createJobQuery().processInstanceId(pi.getId())
        .count()).as("no reminder is left").isZero();
    DeliverableView deliverable = life.deliverables(pi).get(0);
    assertThat(deliverable.status(before)).as("counted before it was dropped").isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(deliverable.status(VietnamTime.now().toInstant())).isEqualTo(TaskStatus.WITHDRAWN);
    assertThat(TaskStatus.WITHDRAWN.isCounted()).isFalse();
  }

  @Test
  void a_moved_lead_units_open_step_goes_to_the_new_unit_with_one_set_of_timers() {
    ProcessInstance pi = life.start("12", List.of("kinhte"), List.of("vpub"), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");
    long timersBefore = timers(pi);

    changes.moveLead(life.planTaskId(pi), pi.getId(), NAM_AN_PHU, "kinhte", "ttpvhcc");

    Task execute = life.single(TASK_EXECUTE_TASK);
    assertThat(life.candidateGroups(execute)).containsExactly("namanphuttpvhcc");
    assertThat(execute.getAssignee()).as("the old unit's officer no longer holds it").isNull();
    assertThat(life.single(TASK_PROVIDE_SUPPORT_INPUT).getName()).startsWith("Đơn vị phối hợp");
    assertThat(timers(pi)).isEqualTo(timersBefore);
    assertThat(life.record().parts(life.deliverables(pi).get(0).id())).singleElement()
        .satisfies(p -> assertThat(p.unitCode()).isEqualTo("ttpvhcc"));

    engine.getProcessEngine().getTaskService().claim(execute.getId(), "namanphuttpvhcccv1");
    life.officerExecutes(life.single(TASK_EXECUTE_TASK));
    Task signOff = life.single(TASK_SIGN_OFF);
    assertThat(signOff.getAssignee()).as("the new unit's head signs off").isEqualTo("namanphuttpvhcctp");
  }

  @Test
  void a_lead_unit_that_joins_gets_its_part_and_one_that_leaves_has_its_part_withdrawn() {
    ProcessInstance pi = life.start("12", List.of("kinhte"), List.of(), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");

    changes.addLead(life.planTaskId(pi), pi.getId(), NAM_AN_PHU, "vpub");
    Task joined = life.single(TASK_ASSIGN_OFFICER);
    assertThat(life.candidateGroups(joined)).containsExactly("namanphuvpubhead");
    life.headAssigns(joined, "namanphuvpubcv1");
    assertThat(life.tasks(TASK_EXECUTE_TASK)).hasSize(2);

    changes.removeLead(life.planTaskId(pi), pi.getId(), "kinhte");
    assertThat(life.tasks(TASK_EXECUTE_TASK)).extracting(Task::getAssignee).containsExactly("namanphuvpubcv1");
    life.officerWorksThrough();
    life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
  }

  @Test
  void support_units_that_change_are_asked_or_released_at_once() {
    ProcessInstance pi = life.start("12", List.of("kinhte"), List.of("vpub"), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");

    changes.changeSupport(life.planTaskId(pi), pi.getId(), NAM_AN_PHU, List.of("ttdvsnc"));

    assertThat(life.tasks(TASK_PROVIDE_SUPPORT_INPUT)).singleElement()
        .satisfies(t -> assertThat(life.candidateGroups(t)).containsExactly("namanphuttdvsnc"));
  }

  @Test
  void a_reworded_task_renames_its_open_steps() {
    ProcessInstance pi = life.start("12", List.of("kinhte"), List.of(), DUE);

    changes.reword(pi.getId(), "NV 12: Ban hành quy chế mới", "#### NV 12: Ban hành quy chế mới");

    assertThat(life.single(TASK_ASSIGN_OFFICER).getName())
        .isEqualTo("Phân công cán bộ thực hiện · NV 12: Ban hành quy chế mới");
  }

  private long timers(ProcessInstance pi) {
    return engine.getProcessEngine().getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .count();
  }
}
