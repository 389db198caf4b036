package vn.cchcflow.notification;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Only the outbox: H2 with our Flyway migrations, JPA, transactions and Spring's mail sender (present
 * when spring.mail.host is set). No Camunda engine, no web server, no scheduler: tests call the worker.
 *
 * <p>Deliberately neither @Configuration nor @SpringBootConfiguration: named in @SpringBootTest(classes=…)
 * it still works, but the app's component scan never picks it up, and tests of this package that want the
 * whole app still find CchcFlowApplication.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
    HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
    MailSenderAutoConfiguration.class})
@EntityScan(basePackageClasses = Notification.class)
@EnableJpaRepositories(basePackageClasses = NotificationRepository.class)
@EnableConfigurationProperties(NotificationProperties.class)
@Import({JpaOutbox.class, OutboxStore.class, OutboxWorker.class, SmtpMailSender.class, OutboxAdmin.class})
class OutboxTestApp {
}
