package vn.cchcflow.tasklifecycle.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cchcflow.tasklifecycle.SupportInputView;

@Entity
@Table(name = "cchc_support_input")
class SupportInputEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private long partId;
  private String unitCode;
  private String text;
  private String givenBy;
  private Instant givenAt;

  protected SupportInputEntity() {
  }

  SupportInputEntity(long partId, String unitCode, String text, String givenBy, Instant givenAt) {
    this.partId = partId;
    this.unitCode = unitCode;
    this.text = text;
    this.givenBy = givenBy;
    this.givenAt = givenAt;
  }

  SupportInputView view() {
    return new SupportInputView(partId, unitCode, text, givenBy, givenAt);
  }
}
