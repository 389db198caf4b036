package vn.cchcflow.notification;

import java.time.Instant;

/** One row of {@code GET /api/notifications}. */
record NotificationView(long id, String kind, String subject, String body, NotificationStatus status,
                        Instant createdAt, Instant sentAt, String processInstanceId, String taskId) {

  static NotificationView of(Notification n) {
    return new NotificationView(n.getId(), n.getKind(), n.getSubject(), n.getBody(), n.getStatus(),
        n.getCreatedAt(), n.getSentAt(), n.getProcessInstanceId(), n.getTaskId());
  }
}
