package vn.cchcflow.tasklifecycle.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  private final DeliverableRepository deliverables;
  private final PartRepository parts;
  private final ReviewRepository reviews;
  private final SupportInputRepository supportInputs;

  JpaTaskRecord(DeliverableRepository deliverables, PartRepository parts, ReviewRepository reviews,
                SupportInputRepository supportInputs) {
    this.deliverables = deliverables;
    this.parts = parts;
    this.reviews = reviews;
    this.supportInputs = supportInputs;
  }

  @Override
  public long addDeliverable(long planTaskId, String commune, DeliverableKind kind, int position, String label,
                             LocalDate due, LocalDate opensOn, List<String> supportUnits) {
    return deliverables.save(new DeliverableEntity(planTaskId, commune, kind, position, label, due, opensOn,
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
  public Map<Long, List<DeliverableView>> deliverableFacts(Collection<String> communes, LocalDate start,
                                                          LocalDate end) {
    Map<Long, List<DeliverableView>> result = new LinkedHashMap<>();
    if (communes.isEmpty()) {
      return result;
    }
    for (Object[] row : deliverables.findFactsOfPlansOverlapping(communes, start, end)) {
      long planTaskId = ((Number) row[1]).longValue();
      result.computeIfAbsent(planTaskId, id -> new java.util.ArrayList<>()).add(new DeliverableView(
          ((Number) row[0]).longValue(), planTaskId, (String) row[2], (DeliverableKind) row[3],
          ((Number) row[4]).intValue(), null, (LocalDate) row[5], null, List.of(), (Instant) row[6], (Instant) row[7],
          (Instant) row[8], (Instant) row[9]));
    }
    result.values().forEach(list -> list.sort(Comparator.comparingInt(DeliverableView::position)));
    return result;
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
