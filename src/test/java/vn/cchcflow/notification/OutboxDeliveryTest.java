package vn.cchcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail on a free local port). */
@SpringBootTest(classes = OutboxTestApp.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:cchc-outbox-delivery;DB_CLOSE_DELAY=-1",
    "cchc.notification.node-id=node-a",
    "cchc.notification.worker-enabled=false",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000",
    "spring.mail.properties.mail.smtp.timeout=2000"})
@DirtiesContext
class OutboxDeliveryTest {

  static final int SMTP_PORT = freePort();
  static final Instant T0 = Instant.parse("2026-03-30T01:00:00Z");

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(
      new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired
  Outbox outbox;
  @Autowired
  OutboxWorker worker;
  @Autowired
  OutboxStore store;
  @Autowired
  OutboxAdmin admin;
  @Autowired
  MailSender mailSender;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void emptyOutboxAtT0() {
    ClockUtil.setCurrentTime(Date.from(T0));
    jdbc.update("delete from cchc_notification_recipient");
    jdbc.update("delete from cchc_notification");
    log.start();
    workerLogger().addAppender(log);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    workerLogger().detachAppender(log);
  }

  @Test
  void delivers_an_enqueued_notice_once_to_every_recipient_with_an_email_keeping_vietnamese_text() throws Exception {
    String subject = "Nhắc việc: NV 29 sắp đến hạn (31/03/2026)";
    String body = "Kính gửi chị Bùi Thị Ngọc,\nNhiệm vụ «Ban hành quy chế quản lý, sử dụng tài sản công» "
        + "đến hạn ngày 31/03/2026. Đề nghị hoàn thành đúng hạn.\nTrân trọng.";
    assertThat(outbox.enqueue(new Notice("pi-1:REMINDER:2026-03-30", "namanphu", "pi-1", "task-1", "REMINDER",
        List.of(new Recipient("namanphukinhtecv1", "Bùi Thị Ngọc", "ngoc@namanphu.test"),
            new Recipient("namanphukinhtetp", "Nguyễn Văn Đức", "duc@namanphu.test"),
            new Recipient("namanphukinhtecv2", "Trần Thị Hà", null)),
        subject, body))).isTrue();

    worker.poll();
    worker.poll();

    assertThat(smtp.getReceivedMessages()).hasSize(2);
    for (String email : List.of("ngoc@namanphu.test", "duc@namanphu.test")) {
      List<MimeMessage> inbox = inbox(email);
      assertThat(inbox).as(email).hasSize(1);
      MimeMessage received = inbox.get(0);
      assertThat(received.getSubject()).isEqualTo(subject);
      assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(body);
      assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
      assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("no-reply@cchcflow.local");
      assertThat(received.getRecipients(jakarta.mail.Message.RecipientType.TO))
          .extracting(a -> ((InternetAddress) a).getPersonal())
          .containsExactly("Bùi Thị Ngọc", "Nguyễn Văn Đức");
      assertThat(received.getMessageID()).isEqualTo(SmtpMailSender.messageId("pi-1:REMINDER:2026-03-30"))
          .matches("<[0-9a-f]{64}@cchcflow>");
    }
    Notification sent = notifications.findByDedupKey("pi-1:REMINDER:2026-03-30").orElseThrow();
    assertThat(sent.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.getSentAt()).isEqualTo(T0);
    assertThat(sent.getAttempts()).isEqualTo(1);
    assertThat(sent.getClaimedBy()).isEqualTo("node-a");
  }

  @Test
  void enqueueing_the_same_dedup_key_twice_stores_and_sends_one_message() {
    assertThat(outbox.enqueue(notice("pi-2:ESCALATION-1:2026-04-03", "duc@namanphu.test"))).isTrue();
    assertThat(outbox.enqueue(notice("pi-2:ESCALATION-1:2026-04-03", "duc@namanphu.test"))).isFalse();

    worker.poll();
    assertThat(outbox.enqueue(notice("pi-2:ESCALATION-1:2026-04-03", "duc@namanphu.test"))).isFalse();
    worker.poll();

    assertThat(rows()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_duplicate_does_not_fail_the_callers_transaction() {
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      assertThat(outbox.enqueue(notice("pi-3:REMINDER", "a@namanphu.test"))).isTrue();
      assertThat(outbox.enqueue(notice("pi-3:REMINDER", "a@namanphu.test"))).isFalse();
      assertThat(outbox.enqueue(notice("pi-3:ESCALATION-1", "a@namanphu.test"))).isTrue();
    });

    assertThat(rows()).isEqualTo(2);
  }

  @Test
  void enqueue_joins_the_callers_transaction_and_rolls_back_with_it() {
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      assertThat(outbox.enqueue(notice("pi-4:REMINDER", "a@namanphu.test"))).isTrue();
      tx.setRollbackOnly();
    });

    assertThat(rows()).isZero();
    worker.poll();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void an_unreachable_smtp_server_is_retried_with_backoff_until_it_accepts() {
    outbox.enqueue(notice("pi-5:REMINDER", "a@namanphu.test"));
    smtp.stop();

    worker.poll();
    Notification afterFirst = notifications.findByDedupKey("pi-5:REMINDER").orElseThrow();
    assertThat(afterFirst.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(afterFirst.getAttempts()).isEqualTo(1);
    assertThat(afterFirst.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    assertThat(afterFirst.getLastError()).isNotBlank();
    assertThat(afterFirst.getClaimedUntil()).isNull();

    ClockUtil.setCurrentTime(Date.from(T0.plusSeconds(59)));
    worker.poll();
    assertThat(notifications.findByDedupKey("pi-5:REMINDER").orElseThrow().getAttempts()).isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(1))));
    worker.poll();
    Notification afterSecond = notifications.findByDedupKey("pi-5:REMINDER").orElseThrow();
    assertThat(afterSecond.getAttempts()).isEqualTo(2);
    assertThat(afterSecond.getNextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(6)));

    smtp.start();
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(6))));
    worker.poll();
    worker.poll();

    Notification sent = notifications.findByDedupKey("pi-5:REMINDER").orElseThrow();
    assertThat(sent.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.getAttempts()).isEqualTo(3);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_message_never_accepted_fails_after_max_attempts_and_is_sent_only_when_requeued() {
    Notification message = enqueueAndFind(notice("pi-6:ESCALATION-2", "a@namanphu.test"));
    smtp.stop();

    List<Duration> waits = new ArrayList<>();
    Instant now = T0;
    for (int attempt = 1; attempt <= 6; attempt++) {
      worker.poll();
      Notification after = notifications.findById(message.getId()).orElseThrow();
      assertThat(after.getAttempts()).isEqualTo(attempt);
      if (after.getStatus() == NotificationStatus.PENDING) {
        waits.add(Duration.between(now, after.getNextAttemptAt()));
        now = after.getNextAttemptAt();
        ClockUtil.setCurrentTime(Date.from(now));
      }
    }
    assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
        Duration.ofHours(1), Duration.ofHours(4));
    Notification failed = notifications.findById(message.getId()).orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(failed.getLastError()).isNotBlank().hasSizeLessThanOrEqualTo(2000);

    smtp.start();
    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(1))));
    worker.poll();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    assertThat(admin.requeue(message.getId())).isEqualTo(OutboxAdmin.RequeueResult.REQUEUED);
    worker.poll();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(notifications.findById(message.getId()).orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT);
  }

  @Test
  void a_message_left_sending_past_its_claim_becomes_uncertain_and_is_not_resent() {
    Notification message = enqueueAndFind(notice("pi-7:REMINDER", "a@namanphu.test"));
    // a node claims it and dies before recording the outcome (perhaps after the SMTP server took it)
    assertThat(store.claim(message.getId(), "crashed-node", T0.plus(Duration.ofMinutes(5)))).isPresent();

    worker.poll();
    assertThat(notifications.findById(message.getId()).orElseThrow().getStatus())
        .isEqualTo(NotificationStatus.SENDING);

    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(6))));
    worker.poll();
    worker.poll();

    assertThat(notifications.findById(message.getId()).orElseThrow().getStatus())
        .isEqualTo(NotificationStatus.UNCERTAIN);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN)
        .extracting(ILoggingEvent::getFormattedMessage)
        .singleElement().asString()
        .contains("Notification " + message.getId(), "crashed-node", "UNCERTAIN",
            "/api/notifications/" + message.getId() + "/requeue");

    assertThat(admin.requeue(message.getId())).isEqualTo(OutboxAdmin.RequeueResult.REQUEUED);
    worker.poll();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void only_one_node_wins_the_claim_on_a_message() {
    Notification message = enqueueAndFind(notice("pi-8:REMINDER", "a@namanphu.test"));

    assertThat(store.claim(message.getId(), "node-a", T0.plusSeconds(300))).isPresent();
    assertThat(store.claim(message.getId(), "node-b", T0.plusSeconds(300))).isEmpty();
    assertThat(notifications.findById(message.getId()).orElseThrow().getClaimedBy()).isEqualTo("node-a");
  }

  @Test
  void two_workers_polling_the_same_pending_messages_send_each_exactly_once() throws Exception {
    for (int i = 1; i <= 4; i++) {
      outbox.enqueue(notice("pi-9:REMINDER-" + i, "user" + i + "@namanphu.test"));
    }
    OutboxWorker nodeB = new OutboxWorker(store, mailSender, properties("node-b"));
    AtomicBoolean interleaved = new AtomicBoolean();
    // node B polls while node A is in the middle of sending its first message of the same list
    MailSender interleaving = new MailSender() {
      @Override
      public boolean isConfigured() {
        return true;
      }

      @Override
      public void send(OutgoingMail mail) {
        if (!interleaved.getAndSet(true)) {
          nodeB.poll();
        }
        mailSender.send(mail);
      }
    };
    OutboxWorker nodeA = new OutboxWorker(store, interleaving, properties("node-a"));

    nodeA.poll();
    nodeB.poll();
    nodeA.poll();

    assertThat(smtp.getReceivedMessages()).hasSize(4);
    for (int i = 1; i <= 4; i++) {
      assertThat(inbox("user" + i + "@namanphu.test")).hasSize(1);
    }
    assertThat(jdbc.queryForList("select claimed_by from cchc_notification where status = 'SENT'", String.class))
        .hasSize(4).contains("node-a", "node-b");
  }

  @Test
  void a_message_without_any_email_address_is_marked_sent_with_a_note() {
    outbox.enqueue(new Notice("pi-10:REMINDER", "namanphu", "pi-10", null, "CHECK_IN_REMINDER",
        List.of(new Recipient("namanphukinhtecv2", "Trần Thị Hà", " ")), "Nhắc cập nhật tiến độ", "Nội dung"));

    worker.poll();

    Notification done = notifications.findByDedupKey("pi-10:REMINDER").orElseThrow();
    assertThat(done.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(done.getLastError()).isEqualTo("no e-mail address");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private Notification enqueueAndFind(Notice notice) {
    outbox.enqueue(notice);
    return notifications.findByDedupKey(notice.dedupKey()).orElseThrow();
  }

  private List<MimeMessage> inbox(String email) {
    return smtp.findReceivedMessages(user -> email.equals(user.getEmail()), message -> true).toList();
  }

  private int rows() {
    return jdbc.queryForObject("select count(*) from cchc_notification", Integer.class);
  }

  static Notice notice(String dedupKey, String email) {
    return new Notice(dedupKey, "namanphu", "pi", "task", "REMINDER",
        List.of(new Recipient("namanphukinhtecv1", "Bùi Thị Ngọc", email)), "Nhắc việc", "Nội dung nhắc việc");
  }

  static NotificationProperties properties(String nodeId) {
    return new NotificationProperties("CCHC Flow <no-reply@cchcflow.local>", Duration.ofSeconds(10), 6,
        Duration.ofMinutes(5), 50, nodeId, false);
  }

  static Logger workerLogger() {
    return (Logger) LoggerFactory.getLogger(OutboxWorker.class);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
