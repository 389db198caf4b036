package vn.cchcflow.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.cchcflow.system.ApiError;
import vn.cchcflow.system.Messages;

/** Refused plans: 400 with every problem by field, 403 and 404 with a Vietnamese message. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PlanApiErrors.class);

  private final Messages messages;

  PlanApiErrors(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidPlanException.class)
  ResponseEntity<ApiError> invalid(InvalidPlanException e) {
    LOG.info("{}", e.getMessage());
    return ResponseEntity.badRequest().body(new ApiError(messages.get("plan.invalid"),
        e.problems().stream().map(p -> new ApiError.Field(p.field(), p.message())).toList()));
  }

  @ExceptionHandler(PlanAccessDeniedException.class)
  ResponseEntity<ApiError> denied(PlanAccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(e.getMessage()));
  }

  @ExceptionHandler(PlanNotFoundException.class)
  ResponseEntity<ApiError> notFound(PlanNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(e.getMessage()));
  }
}
