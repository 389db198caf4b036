package vn.cchcflow.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart body over the limit fails before any controller is chosen, where advice limited to our
 * packages does not apply (and the container's error page would read the body again): answered here, 413
 * naming the limit.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

  private final ErrorAnswers answers;

  UploadLimitAdvice(ErrorAnswers answers) {
    this.answers = answers;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    ErrorAnswer answer = answers.of(e, 413);
    return ResponseEntity.status(answer.status()).body(ApiError.of(answer.message()));
  }
}
