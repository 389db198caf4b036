package vn.cchcflow.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The four Tasklist filters of every unit: "Việc của tôi", "Việc của phòng", "Sắp đến hạn", "Quá hạn", and
 * for the coordinating unit a fifth, "Chờ thẩm định": the deliverables waiting for its review. The leaders
 * (chair, vice-chairs) get "Việc của tôi" and "Việc chờ lãnh đạo".
 * Each filter is visible to the unit's group only; a filter is recognised again by the
 * {@code cchcUnitGroup} and {@code cchcFilter} properties it carries, so syncing twice adds nothing.
 */
@Component
class TasklistFilterSync {

  private static final int DAYS_AHEAD = 7;
  /** The step of the plan task process where the coordinating unit reviews a submitted deliverable. */
  private static final String REVIEW_STEP = "Task_ReviewDeliverable";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationSync authorizationSync;

  TasklistFilterSync(FilterService filters, TaskService tasks, AuthorizationSync authorizationSync) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizationSync = authorizationSync;
  }

  void sync(Commune commune) {
    for (Unit unit : commune.units()) {
      String unitGroup = UnitGroups.unit(commune.id(), unit.code());
      List<String> groups = List.of(unitGroup, UnitGroups.head(commune.id(), unit.code()));
      save(unitGroup, "mine", "Việc của tôi", "Việc đang giao cho tôi", 1,
          tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
      save(unitGroup, "unit", "Việc của phòng", "Mọi việc của " + unit.name(), 2,
          unitQuery(groups).orderByDueDate().asc());
      save(unitGroup, "dueSoon", "Sắp đến hạn", "Việc của " + unit.name() + " đến hạn trong " + DAYS_AHEAD + " ngày", 3,
          unitQuery(groups).dueAfterExpression("${now()}")
              .dueBeforeExpression("${dateTime().plusDays(" + DAYS_AHEAD + ").toDate()}").orderByDueDate().asc());
      save(unitGroup, "overdue", "Quá hạn", "Việc của " + unit.name() + " đã quá hạn", 4,
          unitQuery(groups).dueBeforeExpression("${now()}").orderByDueDate().asc());
      if (unit.code().equals(commune.coordinatingUnit())) {
        save(unitGroup, "review", "Chờ thẩm định", "Sản phẩm các đơn vị đã nộp, chờ " + unit.name() + " thẩm định", 5,
            unitQuery(groups).taskDefinitionKey(REVIEW_STEP).orderByDueDate().asc());
      }
    }
    // the chair and vice-chairs: what is assigned to them, and what waits for the leaders (report approval,
    // review of the coordinating unit's own deliverables)
    String leaders = UnitGroups.leaders(commune.id());
    save(leaders, "mine", "Việc của tôi", "Việc đang giao cho tôi", 1,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    save(leaders, "leaders", "Việc chờ lãnh đạo", "Việc chờ lãnh đạo UBND xử lý", 2,
        unitQuery(List.of(leaders)).orderByDueDate().asc());
  }

  private TaskQuery unitQuery(List<String> groups) {
    return tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks();
  }

  private void save(String unitGroup, String kind, String name, String description, int priority, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).list().stream()
        .filter(f -> unitGroup.equals(f.getProperties().get("cchcUnitGroup")) && kind.equals(f.getProperties().get("cchcFilter")))
        .findFirst()
        .orElseGet(() -> filters.newTaskFilter(name));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("cchcUnitGroup", unitGroup);
    properties.put("cchcFilter", kind);
    filter.setName(name);
    filter.setProperties(properties);
    filter.setQuery(query);
    filters.saveFilter(filter);
    authorizationSync.grant(unitGroup, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
