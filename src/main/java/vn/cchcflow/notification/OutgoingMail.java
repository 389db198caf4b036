package vn.cchcflow.notification;

import java.util.List;

/** A claimed message as handed to the {@link MailSender}. */
record OutgoingMail(long id, String dedupKey, String kind, String subject, String body, int attempts,
                    List<Recipient> recipients) {

  OutgoingMail {
    recipients = List.copyOf(recipients);
  }

  /** The recipients that have an e-mail address; the others only see it in "my notifications". */
  List<Recipient> addressed() {
    return recipients.stream().filter(r -> r.email() != null && !r.email().isBlank()).toList();
  }
}
