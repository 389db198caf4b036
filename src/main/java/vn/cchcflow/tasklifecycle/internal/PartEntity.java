package vn.cchcflow.tasklifecycle.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cchcflow.tasklifecycle.PartView;
import vn.cchcflow.tasklifecycle.Reviewer;
import vn.cchcflow.tasklifecycle.Submission;

@Entity
@Table(name = "cchc_deliverable_part")
class PartEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private long deliverableId;
  private String unitCode;
  private String reviewerGroup;
  private String reviewerUser;
  private String officer;
  private Instant submittedAt;
  private Instant approvedAt;
  private int returns;
  private Instant withdrawnAt;
  private String progressNote;
  private String documentNumber;
  private String documentDate;
  private String summary;
  private String link;

  protected PartEntity() {
  }

  PartEntity(long deliverableId, String unitCode, Reviewer reviewer) {
    this.deliverableId = deliverableId;
    this.unitCode = unitCode;
    this.reviewerGroup = reviewer.group();
    this.reviewerUser = reviewer.user();
  }

  Long id() {
    return id;
  }

  long deliverableId() {
    return deliverableId;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  void assign(String officer) {
    this.officer = officer;
  }

  void submit(Instant at, Submission submission) {
    this.submittedAt = at;
    this.documentNumber = submission.documentNumber();
    this.documentDate = submission.documentDate();
    this.summary = submission.summary();
    this.link = submission.link();
  }

  void noteProgress(String note) {
    this.progressNote = note;
  }

  void approve(Instant at) {
    this.approvedAt = at;
  }

  void returnForRework() {
    this.returns++;
  }

  void reassign(String unitCode, Reviewer reviewer) {
    this.unitCode = unitCode;
    this.reviewerGroup = reviewer.group();
    this.reviewerUser = reviewer.user();
    this.officer = null;
  }

  void withdraw(Instant at) {
    if (approvedAt == null && withdrawnAt == null) {
      withdrawnAt = at;
    }
  }

  PartView view() {
    return new PartView(id, deliverableId, unitCode, new Reviewer(reviewerGroup, reviewerUser), officer, submittedAt,
        approvedAt, returns, withdrawnAt, progressNote,
        new Submission(documentNumber, documentDate, summary, link));
  }
}
