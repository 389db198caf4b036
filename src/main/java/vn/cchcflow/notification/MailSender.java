package vn.cchcflow.notification;

import org.springframework.mail.MailException;

/** Delivery port of the outbox. */
interface MailSender {

  /** Whether an SMTP server is configured; when not, the worker leaves messages pending. */
  boolean isConfigured();

  /**
   * Hands the message to the SMTP server for its addressed recipients. Returns normally once the server
   * accepted it; a {@link MailException} means it was refused or the server could not be reached.
   */
  void send(OutgoingMail mail) throws MailException;
}
