package vn.cchcflow.notification;

import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cchc.notification.*}. The SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param from          sender of every e-mail
 * @param pollInterval  pause between two polls of the worker
 * @param maxAttempts   attempts before a message is FAILED
 * @param claimTimeout  how long a node may take to hand one message to SMTP before the claim counts as
 *                      abandoned (the message then becomes UNCERTAIN); keep it above the SMTP timeouts
 * @param batchSize     messages claimed per poll at most
 * @param nodeId        this node's name in {@code claimed_by}; default host name plus a random suffix
 * @param workerEnabled whether the scheduled poll runs on this node (enqueueing always works)
 */
@ConfigurationProperties("cchc.notification")
public record NotificationProperties(
    @DefaultValue("CCHC Flow <no-reply@cchcflow.local>") String from,
    @DefaultValue("10s") Duration pollInterval,
    @DefaultValue("6") int maxAttempts,
    @DefaultValue("5m") Duration claimTimeout,
    @DefaultValue("50") int batchSize,
    String nodeId,
    @DefaultValue("true") boolean workerEnabled) {

  public NotificationProperties {
    if (nodeId == null || nodeId.isBlank()) {
      nodeId = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "node";
    }
  }
}
