package vn.cchcflow.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A supervisor's follow-up note (ý kiến đôn đốc) on a plan task: recorded and sent, never a change of the task. */
@Entity
@Table(name = "cchc_follow_up_note")
public class FollowUpNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String commune;
  private long planTaskId;
  private String author;
  private String text;
  private Instant writtenAt;

  protected FollowUpNote() {
  }

  FollowUpNote(String commune, long planTaskId, String author, String text, Instant writtenAt) {
    this.commune = commune;
    this.planTaskId = planTaskId;
    this.author = author;
    this.text = text;
    this.writtenAt = writtenAt;
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
