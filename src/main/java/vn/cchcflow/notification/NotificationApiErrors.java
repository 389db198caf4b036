package vn.cchcflow.notification;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.cchcflow.system.ApiError;
import vn.cchcflow.system.Messages;

/** A malformed {@code ?limit=} or id is the caller's mistake (400), not a server error. */
@RestControllerAdvice(assignableTypes = NotificationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationApiErrors {

  private final Messages messages;

  NotificationApiErrors(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
    String message = messages.get("notification.api.notANumber", e.getName());
    return ResponseEntity.badRequest().body(new ApiError(message, java.util.List.of(
        new ApiError.Field(e.getName(), message))));
  }
}
