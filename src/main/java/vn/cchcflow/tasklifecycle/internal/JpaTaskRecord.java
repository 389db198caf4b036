package vn.cchcflow.tasklifecycle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.DeliverableKind;
import vn.cchcflow.tasklifecycle.DeliverableView;
import vn.cchcflow.tasklifecycle.PartView;
import vn.cchcflow.tasklifecycle.ReviewStage;
import vn.cchcflow.tasklifecycle.ReviewView;
import vn.cchcflow.tasklifecycle.Reviewer;
import vn.cchcflow.tasklifecycle.Submission;
import vn.cchcflow.tasklifecycle.SupportInputView;
import vn.cchcflow.tasklifecycle.TaskRecord;

/** The task record in the application's tables, written in the transaction of the engine step that acts. */
@Component
class JpaTaskRecord implements TaskRecord {

  private static final int BATCH = 1000;
  private static final String PLANS_OVERLAPPING = "select p.id from cchc_plan p where p.commune in (:communes) "
      + "and p.period_start <= :end and p.period_end >= :start";
  // by plan ids in batches: a few percent of the table each, read through ix_cchc_deliverable_plan (a join of
  // a whole year's plans makes the planner scan the deliverables of every year)
  private static final String FACTS_OF_PLANS = "select d.id, d.plan_task_id, d.commune, d.kind, d.position, "
      + "d.due_date, d.submitted_at, d.done_at, d.withdrawn_at, d.added_at from cchc_deliverable d "
      + "where d.plan_id in (:plans)";
  private static final int PLAN_BATCH = 300;
  private static final Comparator<DeliverableView> BY_POSITION = Comparator.comparingInt(DeliverableView::position);

  private final DeliverableRepository deliverables;
  private final PartRepository parts;
  private final ReviewRepository reviews;
  private final SupportInputRepository supportInputs;
  private final NamedParameterJdbcTemplate jdbc;

  JpaTaskRecord(DeliverableRepository deliverables, PartRepository parts, ReviewRepository reviews,
                SupportInputRepository supportInputs, NamedParameterJdbcTemplate jdbc) {
    this.deliverables = deliverables;
    this.parts = parts;
    this.reviews = reviews;
    this.supportInputs = supportInputs;
    this.jdbc = jdbc;
  }

  @Override
  public long addDeliverable(long planId, long planTaskId, String commune, DeliverableKind kind, int position,
                             String label, LocalDate due, LocalDate opensOn, List<String> supportUnits) {
    return deliverables.save(new DeliverableEntity(planId, planTaskId, commune, kind, position, label, due, opensOn,
        supportUnits, VietnamTime.now().toInstant())).id();
  }

  @Override
  public long addPart(long deliverableId, String unitCode, Reviewer reviewer) {
    return parts.save(new PartEntity(deliverableId, unitCode, reviewer)).id();
  }

  @Override
  public List<DeliverableView> deliverables(long planTaskId) {
    return deliverables.findByPlanTaskIdOrderByPosition(planTaskId).stream().map(DeliverableEntity::view).toList();
  }

  @Override
  public Map<Long, List<DeliverableView>> deliverables(Collection<Long> planTaskIds) {
    Map<Long, List<DeliverableView>> result = new LinkedHashMap<>();
    List<Long> ids = List.copyOf(planTaskIds);
    for (int from = 0; from < ids.size(); from += BATCH) {
      for (DeliverableEntity d : deliverables.findByPlanTaskIdInOrderByPlanTaskIdAscPositionAsc(
          ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
        result.computeIfAbsent(d.planTaskId(), id -> new java.util.ArrayList<>()).add(d.view());
      }
    }
    return result;
  }

  @Override
  public void eachTaskFacts(Collection<String> communes, LocalDate start, LocalDate end,
                            Consumer<List<DeliverableView>> task) {
    if (communes.isEmpty()) {
      return;
    }
    List<Long> plans = jdbc.queryForList(PLANS_OVERLAPPING,
        Map.of("communes", communes, "start", start, "end", end), Long.class);
    for (int from = 0; from < plans.size(); from += PLAN_BATCH) {
      // plain JDBC rows, grouped by task here: an ORDER BY made PostgreSQL sort each batch's tens of thousands
      // of rows on disk (external merge), more than half of the roll-up's query time
      Map<Long, List<DeliverableView>> byTask = new LinkedHashMap<>();
      jdbc.query(FACTS_OF_PLANS, Map.of("plans", plans.subList(from, Math.min(plans.size(), from + PLAN_BATCH))),
          row -> {
            long planTaskId = row.getLong(2);
            byTask.computeIfAbsent(planTaskId, id -> new ArrayList<>(4)).add(new DeliverableView(row.getLong(1),
                planTaskId, row.getString(3), DeliverableKind.valueOf(row.getString(4)), row.getInt(5), null,
                row.getObject(6, LocalDate.class), null, List.of(), instant(row, 7), instant(row, 8), instant(row, 9),
                instant(row, 10)));
          });
      for (List<DeliverableView> own : byTask.values()) {
        if (own.size() > 1) {
          own.sort(BY_POSITION);
        }
        task.accept(Collections.unmodifiableList(own));
      }
    }
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  @Override
  public Map<Long, List<PartView>> parts(Collection<Long> deliverableIds) {
    Map<Long, List<PartView>> result = new LinkedHashMap<>();
    List<Long> ids = List.copyOf(deliverableIds);
    for (int from = 0; from < ids.size(); from += BATCH) {
      for (PartEntity part : parts.findByDeliverableIdInOrderById(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
        result.computeIfAbsent(part.deliverableId(), id -> new java.util.ArrayList<>()).add(part.view());
      }
    }
    return result;
  }

  @Override
  public DeliverableView deliverable(long deliverableId) {
    return require(deliverableId).view();
  }

  @Override
  public List<PartView> parts(long deliverableId) {
    return parts.findByDeliverableIdOrderById(deliverableId).stream().map(PartEntity::view).toList();
  }

  @Override
  public PartView part(long partId) {
    return requirePart(partId).view();
  }

  @Override
  public List<ReviewView> reviews(long partId) {
    return reviews.findByPartIdOrderById(partId).stream().map(ReviewEntity::view).toList();
  }

  @Override
  public void assignOfficer(long partId, String officer) {
    requirePart(partId).assign(officer);
  }

  @Override
  public void noteProgress(long partId, String note) {
    requirePart(partId).noteProgress(note);
  }

  @Override
  public void giveSupportInput(long partId, String unitCode, String text, String givenBy, Instant at) {
    supportInputs.save(new SupportInputEntity(partId, unitCode, text, givenBy, at));
  }

  @Override
  public List<SupportInputView> supportInputs(long partId) {
    return supportInputs.findByPartIdOrderById(partId).stream().map(SupportInputEntity::view).toList();
  }

  @Override
  public void submit(long partId, Instant at, Submission submission) {
    requirePart(partId).submit(at, submission);
  }

  @Override
  public void decide(long partId, ReviewStage stage, Instant decidedAt, boolean approved, String decidedBy,
                     String comment) {
    PartEntity part = requirePart(partId);
    Instant handedIn = stage == ReviewStage.REVIEW && part.submittedAt() != null ? part.submittedAt() : decidedAt;
    reviews.save(new ReviewEntity(partId, stage, handedIn, decidedAt, approved, decidedBy, comment));
    if (stage == ReviewStage.REVIEW) {
      if (approved) {
        part.approve(decidedAt);
      } else {
        part.returnForRework();
      }
    }
  }

  @Override
  public void reportProgress(long partId, Instant at, Submission report) {
    PartEntity part = requirePart(partId);
    part.submit(at, report);
    part.approve(at);
  }

  @Override
  public void completeDeliverable(long deliverableId, Instant at) {
    Instant lastSubmission = parts.findByDeliverableIdOrderById(deliverableId).stream()
        .filter(p -> p.view().approvedAt() != null).map(PartEntity::submittedAt).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(at);
    require(deliverableId).complete(at, lastSubmission);
  }

  @Override
  public void changeDue(long deliverableId, LocalDate due) {
    require(deliverableId).changeDue(due);
  }

  @Override
  public void changeSupportUnits(long deliverableId, List<String> supportUnits) {
    require(deliverableId).changeSupportUnits(supportUnits);
  }

  @Override
  public void reassignPart(long partId, String unitCode, Reviewer reviewer) {
    requirePart(partId).reassign(unitCode, reviewer);
  }

  @Override
  public void withdrawPart(long partId, Instant at) {
    requirePart(partId).withdraw(at);
  }

  @Override
  public void withdrawTask(long planTaskId, Instant at) {
    for (DeliverableEntity deliverable : deliverables.findByPlanTaskIdOrderByPosition(planTaskId)) {
      deliverable.withdraw(at);
      parts.findByDeliverableIdOrderById(deliverable.id()).forEach(part -> part.withdraw(at));
    }
  }

  private DeliverableEntity require(long id) {
    return deliverables.findById(id).orElseThrow(() -> new IllegalStateException("No deliverable " + id));
  }

  private PartEntity requirePart(long id) {
    return parts.findById(id).orElseThrow(() -> new IllegalStateException("No deliverable part " + id));
  }
}
