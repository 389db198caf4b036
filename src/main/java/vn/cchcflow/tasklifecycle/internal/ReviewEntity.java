package vn.cchcflow.tasklifecycle.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cchcflow.tasklifecycle.ReviewStage;
import vn.cchcflow.tasklifecycle.ReviewView;

@Entity
@Table(name = "cchc_review")
class ReviewEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private long partId;
  @Enumerated(EnumType.STRING)
  private ReviewStage stage;
  private Instant submittedAt;
  private Instant decidedAt;
  private String decision;
  private String decidedBy;
  private String comment;

  protected ReviewEntity() {
  }

  ReviewEntity(long partId, ReviewStage stage, Instant submittedAt, Instant decidedAt, boolean approved, String decidedBy,
               String comment) {
    this.partId = partId;
    this.stage = stage;
    this.submittedAt = submittedAt;
    this.decidedAt = decidedAt;
    this.decision = approved ? "APPROVED" : "RETURNED";
    this.decidedBy = decidedBy;
    this.comment = comment;
  }

  ReviewView view() {
    return new ReviewView(partId, stage, submittedAt, decidedAt, "APPROVED".equals(decision), decidedBy, comment);
  }
}
