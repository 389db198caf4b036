package vn.cchcflow.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message of the outbox. Status changes are made by the conditional updates of
 * {@link NotificationRepository}, never by changing a loaded entity, so two nodes cannot both win.
 */
@Entity
@Table(name = "cchc_notification")
public class Notification {

  static final int MAX_SUBJECT = 1000;
  static final int MAX_BODY = 20000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String dedupKey;
  private String commune;
  private String processInstanceId;
  private String taskId;
  private String kind;
  private String subject;
  private String body;
  @Enumerated(EnumType.STRING)
  private NotificationStatus status;
  private int attempts;
  private Instant nextAttemptAt;
  private Instant createdAt;
  private Instant sentAt;
  private String claimedBy;
  private Instant claimedUntil;
  private String lastError;

  @ElementCollection
  @CollectionTable(name = "cchc_notification_recipient", joinColumns = @JoinColumn(name = "notification_id"))
  private List<NotificationRecipient> recipients = new ArrayList<>();

  protected Notification() {
  }

  /** A new message, due at once. Over-long texts are cut rather than failing the engine step. */
  static Notification pending(Notice notice, Instant now) {
    Notification n = new Notification();
    n.dedupKey = Objects.requireNonNull(notice.dedupKey(), "dedupKey");
    n.commune = notice.commune();
    n.processInstanceId = notice.processInstanceId();
    n.taskId = notice.taskId();
    n.kind = Objects.requireNonNull(notice.kind(), "kind");
    n.subject = Texts.truncate(Objects.requireNonNull(notice.subject(), "subject"), MAX_SUBJECT);
    n.body = Texts.truncate(notice.body() == null ? "" : notice.body(), MAX_BODY);
    n.status = NotificationStatus.PENDING;
    n.attempts = 0;
    n.nextAttemptAt = now;
    n.createdAt = now;
    n.recipients = distinct(notice.recipients());
    return n;
  }

  private static List<NotificationRecipient> distinct(List<Recipient> recipients) {
    Map<String, NotificationRecipient> byPerson = new LinkedHashMap<>();
    for (Recipient r : recipients) {
      String key = r.userId() != null ? "user:" + r.userId() : "email:" + r.email();
      byPerson.putIfAbsent(key, new NotificationRecipient(r));
    }
    return new ArrayList<>(byPerson.values());
  }

  public Long getId() {
    return id;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getCommune() {
    return commune;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public NotificationStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedUntil() {
    return claimedUntil;
  }

  public String getLastError() {
    return lastError;
  }

  public List<NotificationRecipient> getRecipients() {
    return recipients;
  }
}
