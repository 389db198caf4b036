package vn.cchcflow.tasklifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The application's record of plan tasks' lifecycles: their deliverables, each responsible unit's part,
 * who reviews it, and when it was submitted and approved. The lifecycle's steps write it in their own
 * engine transaction; reports and screens read it. Nobody writes it but the application's steps and its
 * designated acts (deadline changes, plan amendments).
 */
public interface TaskRecord {

  long addDeliverable(long planId, long planTaskId, String commune, DeliverableKind kind, int position,
                      String label, LocalDate due, LocalDate opensOn, List<String> supportUnits);

  long addPart(long deliverableId, String unitCode, Reviewer reviewer);

  List<DeliverableView> deliverables(long planTaskId);

  /** The deliverables of many plan tasks, by plan task id (tasks without any are absent). */
  Map<Long, List<DeliverableView>> deliverables(Collection<Long> planTaskIds);

  /**
   * Hands over, task by task, the deliverables of every task of the communes' plans overlapping [start, end],
   * each in its position, with only what their status needs (no label, opening day or support units): for
   * roll-ups over many communes, which hold a few hundred plans' deliverables at a time, never all of them.
   */
  void eachTaskFacts(Collection<String> communes, LocalDate start, LocalDate end,
                     Consumer<List<DeliverableView>> task);

  DeliverableView deliverable(long deliverableId);

  List<PartView> parts(long deliverableId);

  /** The parts of many deliverables, by deliverable id. */
  Map<Long, List<PartView>> parts(Collection<Long> deliverableIds);

  PartView part(long partId);

  List<ReviewView> reviews(long partId);

  void assignOfficer(long partId, String officer);

  void noteProgress(long partId, String note);

  void giveSupportInput(long partId, String unitCode, String text, String givenBy, Instant at);

  List<SupportInputView> supportInputs(long partId);

  /** A submission (or resubmission) of the part's deliverable; the latest one is the one judged. */
  void submit(long partId, Instant at, Submission submission);

  /** A decision on the part's work; approval at the review stage settles the part. */
  void decide(long partId, ReviewStage stage, Instant decidedAt, boolean approved, String decidedBy, String comment);

  /** A progress report given: submitted and accepted at once. */
  void reportProgress(long partId, Instant at, Submission report);

  /** Every part is settled: records when, and when the last approved submission was made. */
  void completeDeliverable(long deliverableId, Instant at);

  void changeDue(long deliverableId, LocalDate due);

  void changeSupportUnits(long deliverableId, List<String> supportUnits);

  /** The part now belongs to another unit (a plan amendment reassigned the work). */
  void reassignPart(long partId, String unitCode, Reviewer reviewer);

  void withdrawPart(long partId, Instant at);

  /** The plan task was dropped by an amendment: its unfinished deliverables leave the figures. */
  void withdrawTask(long planTaskId, Instant at);
}
