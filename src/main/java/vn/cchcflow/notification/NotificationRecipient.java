package vn.cchcflow.notification;

import jakarta.persistence.Embeddable;

/** A row of {@code cchc_notification_recipient}. */
@Embeddable
public class NotificationRecipient {

  private String userId;
  private String name;
  private String email;

  protected NotificationRecipient() {
  }

  NotificationRecipient(Recipient recipient) {
    this.userId = recipient.userId();
    this.name = recipient.name();
    this.email = recipient.email();
  }

  Recipient toRecipient() {
    return new Recipient(userId, name, email);
  }

  public String getUserId() {
    return userId;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }
}
