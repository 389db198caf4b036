package vn.cchcflow.notification;

import java.util.List;

/**
 * One e-mail to write to the outbox. {@code dedupKey} identifies the event it reports (e.g.
 * "{processInstanceId}:ESCALATION-3:2026-04-03"); the outbox keeps one message per key, so a notice
 * enqueued twice is sent once.
 */
public record Notice(String dedupKey, String commune, String processInstanceId, String taskId, String kind,
                     List<Recipient> recipients, String subject, String body) {

  public Notice {
    recipients = List.copyOf(recipients);
  }
}
