package vn.cchcflow.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchcflow.system.ApiError;
import vn.cchcflow.system.Messages;

/** "My notifications" for the caller (HTTP Basic, see EngineSecurityConfiguration) and the operator's requeue. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationController.class);
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final NotificationRepository notifications;
  private final OutboxAdmin admin;
  private final IdentityService identity;
  private final Messages messages;

  NotificationController(NotificationRepository notifications, OutboxAdmin admin, IdentityService identity,
                         Messages messages) {
    this.notifications = notifications;
    this.admin = admin;
    this.identity = identity;
    this.messages = messages;
  }

  @GetMapping
  ResponseEntity<List<NotificationView>> mine(@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
    return ResponseEntity.ok(notifications.findForUser(auth.getUserId(), Limit.of(bounded)).stream()
        .map(NotificationView::of).toList());
  }

  @PostMapping("/{id}/requeue")
  ResponseEntity<?> requeue(@PathVariable long id) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getGroupIds() == null || !auth.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(messages.get("api.forbidden")));
    }
    return switch (admin.requeue(id)) {
      case REQUEUED -> {
        LOG.info("Notification {} requeued by operator {}", id, auth.getUserId());
        yield ResponseEntity.ok(new Requeued(id, NotificationStatus.PENDING));
      }
      case NOT_FOUND -> ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(ApiError.of(messages.get("notification.api.notFound", String.valueOf(id))));
      case NOT_REQUEUEABLE -> ResponseEntity.status(HttpStatus.CONFLICT)
          .body(ApiError.of(messages.get("notification.api.notRequeueable")));
    };
  }

  record Requeued(long id, NotificationStatus status) {
  }
}
