package vn.cchcflow.system;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of any API call, answered in Vietnamese; the log keeps the English detail. Malformed JSON names
 * the line and column or the field; everything else follows {@link ErrorAnswers} (an
 * {@link OfficialRefusal} its kind's status, a database outage 503, a wrong content type 415, …).
 */
@RestControllerAdvice(basePackages = "vn.cchcflow")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrorAdvice {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrorAdvice.class);

  private final Messages messages;
  private final ErrorAnswers answers;

  ApiErrorAdvice(Messages messages, ErrorAnswers answers) {
    this.messages = messages;
    this.answers = answers;
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

  /** Spring MVC's own refusals (415 wrong content type, 405, 400 missing parameter, …) keep their status. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> failed(Exception e) {
    if (e instanceof TypeMismatchException) {
      return answer(answers.of(e, 400));
    }
    return answer(answers.of(e, e instanceof ErrorResponse mvc ? mvc.getStatusCode().value() : 0));
  }

  private static ResponseEntity<ApiError> answer(ErrorAnswer answer) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status());
    if (answer.isDatabaseOutage()) {
      response.header(HttpHeaders.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds()));
    }
    return response.body(ApiError.of(answer.message()));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
  }
}
