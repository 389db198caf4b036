package vn.cchcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;

/** A server without spring.mail.host: messages wait in the outbox and the operator is told once. */
@SpringBootTest(classes = OutboxTestApp.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:cchc-outbox-nosmtp;DB_CLOSE_DELAY=-1",
    "cchc.notification.worker-enabled=false"})
@DirtiesContext
class OutboxWithoutSmtpTest {

  @Autowired
  Outbox outbox;
  @Autowired
  OutboxWorker worker;
  @Autowired
  ObjectProvider<JavaMailSender> javaMail;
  @Autowired
  JdbcTemplate jdbc;

  final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void captureWorkerLog() {
    log.start();
    ((Logger) LoggerFactory.getLogger(OutboxWorker.class)).addAppender(log);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    ((Logger) LoggerFactory.getLogger(OutboxWorker.class)).detachAppender(log);
  }

  @Test
  void without_smtp_nothing_is_sent_messages_stay_pending_and_it_is_logged_once() {
    assertThat(javaMail.getIfAvailable()).isNull();
    outbox.enqueue(OutboxDeliveryTest.notice("pi-1:REMINDER", "a@namanphu.test"));
    outbox.enqueue(OutboxDeliveryTest.notice("pi-2:REMINDER", "b@namanphu.test"));

    worker.poll();
    worker.poll();
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 86_400_000L));
    worker.poll();

    assertThat(jdbc.queryForList("select status from cchc_notification", String.class))
        .containsExactly("PENDING", "PENDING");
    assertThat(jdbc.queryForObject("select max(attempts) from cchc_notification", Integer.class)).isZero();
    assertThat(log.list).filteredOn(e -> e.getLevel() == Level.INFO)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("SMTP is not configured (spring.mail.host); 2 message(s) wait in the outbox");
  }
}
