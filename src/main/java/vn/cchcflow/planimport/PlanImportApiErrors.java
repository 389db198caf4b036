package vn.cchcflow.planimport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.cchcflow.system.ApiError;

/** A plan file that cannot be read answers 400 with the reader's Vietnamese message. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanImportApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PlanImportApiErrors.class);

  @ExceptionHandler(PlanParseException.class)
  ResponseEntity<ApiError> unreadable(PlanParseException e) {
    LOG.info("Plan file refused: {}", e.getCause() == null ? "content" : e.getCause().toString());
    return ResponseEntity.badRequest().body(ApiError.of(e.getMessage()));
  }
}
