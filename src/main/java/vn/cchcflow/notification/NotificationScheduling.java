package vn.cchcflow.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link OutboxWorker}'s poll on Spring's scheduler. */
@Configuration
@EnableScheduling
class NotificationScheduling {
}
