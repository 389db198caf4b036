package vn.cchcflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;

/**
 * Sends through Spring's {@link JavaMailSender}, which exists only when {@code spring.mail.host} is set:
 * one plain-text UTF-8 message to every recipient with an address, with a Message-ID derived from the
 * dedup key so that a rare second copy is recognisable as the same message.
 */
@Component
class SmtpMailSender implements MailSender {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailSender.class);
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final ObjectProvider<JavaMailSender> javaMail;
  private final String from;

  SmtpMailSender(ObjectProvider<JavaMailSender> javaMail, NotificationProperties properties) {
    this.javaMail = javaMail;
    this.from = properties.from();
  }

  @Override
  public boolean isConfigured() {
    return javaMail.getIfAvailable() != null;
  }

  @Override
  public void send(OutgoingMail mail) {
    JavaMailSender sender = javaMail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("SMTP is not configured (spring.mail.host)");
    }
    MimeMessage message = prepare(sender.createMimeMessage().getSession(), mail);
    try {
      sender.send(message);
    } catch (MailSendException e) {
      // JavaMailSenderImpl lists every message the server did not take; an empty list means the message
      // was accepted and only closing the connection failed, so it must not be sent again
      if (!e.getFailedMessages().isEmpty()) {
        throw e;
      }
      LOG.warn("Notification {} was accepted by SMTP but closing the connection failed: {}", mail.id(),
          e.getMessage());
    }
  }

  static String messageId(String dedupKey) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash) + "@cchcflow>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private MimeMessage prepare(Session session, OutgoingMail mail) {
    MimeMessage message = new FixedIdMimeMessage(session, messageId(mail.dedupKey()));
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, UTF_8);
      helper.setFrom(address(from));
      helper.setTo(addresses(mail.addressed()));
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      helper.setSentDate(VietnamTime.now());
      // RFC 3834: keeps out-of-office replies away from the no-reply sender
      message.setHeader("Auto-Submitted", "auto-generated");
      return message;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException("Could not build notification " + mail.id() + ": " + e.getMessage(), e);
    }
  }

  private static InternetAddress address(String text) throws AddressException, UnsupportedEncodingException {
    InternetAddress parsed = new InternetAddress(text, true);
    return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
  }

  private static InternetAddress[] addresses(List<Recipient> recipients) throws UnsupportedEncodingException {
    InternetAddress[] to = new InternetAddress[recipients.size()];
    for (int i = 0; i < to.length; i++) {
      to[i] = new InternetAddress(recipients.get(i).email().trim(), recipients.get(i).name(), UTF_8);
    }
    return to;
  }

  /** Keeps our Message-ID: JavaMail would replace it with a random one when the message is saved. */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
