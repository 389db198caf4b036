package vn.cchcflow.system;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Input errors of any API call, answered in Vietnamese; the log keeps the English detail. */
@RestControllerAdvice(basePackages = "vn.cchcflow")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrorAdvice {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrorAdvice.class);

  private final Messages messages;

  ApiErrorAdvice(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    LOG.info("Request body refused: {}", e.getMostSpecificCause().getMessage());
    Throwable cause = e.getCause();
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = path(mismatch);
      String value = cause instanceof InvalidFormatException invalid ? String.valueOf(invalid.getValue()) : "";
      String hint = LocalDate.class.equals(mismatch.getTargetType())
          ? messages.get("api.json.badDate") : messages.get("api.json.badType");
      String message = messages.get("api.json.badValue", field, value, hint);
      return ResponseEntity.badRequest().body(new ApiError(message, List.of(new ApiError.Field(field, message))));
    }
    JsonLocation location = cause instanceof JsonProcessingException json ? json.getLocation() : null;
    String message = messages.get("api.json.malformed",
        location == null ? "?" : location.getLineNr(), location == null ? "?" : location.getColumnNr());
    return ResponseEntity.badRequest().body(ApiError.of(message));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    LOG.info("Engine refused the call: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(messages.get("api.forbidden")));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("Unexpected error [{}]", reference, e);
    return ResponseEntity.internalServerError().body(ApiError.of(messages.get("api.internalError", reference)));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
  }
}
