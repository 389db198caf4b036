package vn.cchcflow.tasklifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import vn.cchcflow.system.VietnamTime;

/** The task record kept in memory, for engine tests without a database of the application. */
public final class InMemoryTaskRecord implements TaskRecord {

  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, DeliverableView> deliverables = new LinkedHashMap<>();
  private final Map<Long, PartView> parts = new LinkedHashMap<>();
  private final List<ReviewView> reviews = new ArrayList<>();
  private final List<SupportInputView> inputs = new ArrayList<>();

  @Override
  public long addDeliverable(long planId, long planTaskId, String commune, DeliverableKind kind, int position,
                             String label, LocalDate due, LocalDate opensOn, List<String> supportUnits) {
    long id = ids.incrementAndGet();
    deliverables.put(id, new DeliverableView(id, planTaskId, commune, kind, position, label, due, opensOn, supportUnits,
        null, null, null, VietnamTime.now().toInstant()));
    return id;
  }

  @Override
  public long addPart(long deliverableId, String unitCode, Reviewer reviewer) {
    long id = ids.incrementAndGet();
    parts.put(id, new PartView(id, deliverableId, unitCode, reviewer, null, null, null, 0, null, null, Submission.NONE));
    return id;
  }

  @Override
  public List<DeliverableView> deliverables(long planTaskId) {
    return deliverables.values().stream().filter(d -> d.planTaskId() == planTaskId)
        .sorted(Comparator.comparingInt(DeliverableView::position)).toList();
  }

  @Override
  public Map<Long, List<DeliverableView>> deliverables(Collection<Long> planTaskIds) {
    Map<Long, List<DeliverableView>> result = new LinkedHashMap<>();
    planTaskIds.forEach(id -> {
      List<DeliverableView> own = deliverables(id);
      if (!own.isEmpty()) {
        result.put(id, own);
      }
    });
    return result;
  }

  @Override
  public void eachTaskFacts(Collection<String> communes, LocalDate start, LocalDate end,
                            java.util.function.Consumer<List<DeliverableView>> task) {
    throw new UnsupportedOperationException("plans are not kept in memory");
  }

  @Override
  public DeliverableView deliverable(long deliverableId) {
    return Objects.requireNonNull(deliverables.get(deliverableId), "deliverable " + deliverableId);
  }

  @Override
  public List<PartView> parts(long deliverableId) {
    return parts.values().stream().filter(p -> p.deliverableId() == deliverableId).toList();
  }

  @Override
  public Map<Long, List<PartView>> parts(Collection<Long> deliverableIds) {
    Map<Long, List<PartView>> result = new LinkedHashMap<>();
    deliverableIds.forEach(id -> result.put(id, parts(id)));
    return result;
  }

  @Override
  public PartView part(long partId) {
    return Objects.requireNonNull(parts.get(partId), "part " + partId);
  }

  @Override
  public List<ReviewView> reviews(long partId) {
    return reviews.stream().filter(r -> r.partId() == partId).toList();
  }

  @Override
  public void assignOfficer(long partId, String officer) {
    PartView p = part(partId);
    parts.put(partId, new PartView(p.id(), p.deliverableId(), p.unitCode(), p.reviewer(), officer, p.submittedAt(),
        p.approvedAt(), p.returns(), p.withdrawnAt(), p.progressNote(), p.submission()));
  }

  @Override
  public void noteProgress(long partId, String note) {
    PartView p = part(partId);
    parts.put(partId, new PartView(p.id(), p.deliverableId(), p.unitCode(), p.reviewer(), p.officer(), p.submittedAt(),
        p.approvedAt(), p.returns(), p.withdrawnAt(), note, p.submission()));
  }

  @Override
  public void giveSupportInput(long partId, String unitCode, String text, String givenBy, Instant at) {
    inputs.add(new SupportInputView(partId, unitCode, text, givenBy, at));
  }

  @Override
  public List<SupportInputView> supportInputs(long partId) {
    return inputs.stream().filter(i -> i.partId() == partId).toList();
  }

  @Override
  public void submit(long partId, Instant at, Submission submission) {
    PartView p = part(partId);
    parts.put(partId, new PartView(p.id(), p.deliverableId(), p.unitCode(), p.reviewer(), p.officer(), at,
        p.approvedAt(), p.returns(), p.withdrawnAt(), p.progressNote(), submission));
  }

  @Override
  public void decide(long partId, ReviewStage stage, Instant decidedAt, boolean approved, String decidedBy,
                     String comment) {
    PartView p = part(partId);
    Instant handedIn = stage == ReviewStage.REVIEW && p.submittedAt() != null ? p.submittedAt() : decidedAt;
    reviews.add(new ReviewView(partId, stage, handedIn, decidedAt, approved, decidedBy, comment));
    if (stage == ReviewStage.REVIEW) {
      parts.put(partId, new PartView(p.id(), p.deliverableId(), p.unitCode(), p.reviewer(), p.officer(),
          p.submittedAt(), approved ? decidedAt : null, approved ? p.returns() : p.returns() + 1, p.withdrawnAt(),
          p.progressNote(), p.submission()));
    }
  }

  @Override
  public void reportProgress(long partId, Instant at, Submission report) {
    PartView p = part(partId);
    parts.put(partId, new PartView(p.id(), p.deliverableId(), p.unitCode(), p.reviewer(), p.officer(), at, at,
        p.returns(), p.withdrawnAt(), p.progressNote(), report));
  }

  @Override
  public void completeDeliverable(long deliverableId, Instant at) {
    DeliverableView d = deliverable(deliverableId);
    Instant last = parts(deliverableId).stream().filter(p -> p.approvedAt() != null).map(PartView::submittedAt)
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(at);
    deliverables.put(deliverableId, new DeliverableView(d.id(), d.planTaskId(), d.commune(), d.kind(), d.position(),
        d.label(), d.due(), d.opensOn(), d.supportUnits(), last, at, d.withdrawnAt(), d.addedAt()));
  }

  @Override
  public void changeDue(long deliverableId, LocalDate due) {
    DeliverableView d = deliverable(deliverableId);
    deliverables.put(deliverableId, new DeliverableView(d.id(), d.planTaskId(), d.commune(), d.kind(), d.position(),
        d.label(), due, d.opensOn(), d.supportUnits(), d.submittedAt(), d.doneAt(), d.withdrawnAt(), d.addedAt()));
  }

  @Override
  public void changeSupportUnits(long deliverableId, List<String> supportUnits) {
    DeliverableView d = deliverable(deliverableId);
    deliverables.put(deliverableId, new DeliverableView(d.id(), d.planTaskId(), d.commune(), d.kind(), d.position(),
        d.label(), d.due(), d.opensOn(), supportUnits, d.submittedAt(), d.doneAt(), d.withdrawnAt(), d.addedAt()));
  }

  @Override
  public void reassignPart(long partId, String unitCode, Reviewer reviewer) {
    PartView p = part(partId);
    parts.put(partId, new PartView(p.id(), p.deliverableId(), unitCode, reviewer, null, p.submittedAt(),
        p.approvedAt(), p.returns(), p.withdrawnAt(), p.progressNote(), p.submission()));
  }

  @Override
  public void withdrawPart(long partId, Instant at) {
    PartView p = part(partId);
    if (p.isOpen()) {
      parts.put(partId, new PartView(p.id(), p.deliverableId(), p.unitCode(), p.reviewer(), p.officer(),
          p.submittedAt(), p.approvedAt(), p.returns(), at, p.progressNote(), p.submission()));
    }
  }

  @Override
  public void withdrawTask(long planTaskId, Instant at) {
    for (DeliverableView d : deliverables(planTaskId)) {
      if (!d.isSettled()) {
        deliverables.put(d.id(), new DeliverableView(d.id(), d.planTaskId(), d.commune(), d.kind(), d.position(),
            d.label(), d.due(), d.opensOn(), d.supportUnits(), d.submittedAt(), d.doneAt(), at, d.addedAt()));
      }
      parts(d.id()).forEach(p -> withdrawPart(p.id(), at));
    }
  }
}
