package vn.cchcflow.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's English error page: whatever reached the container's error handling (a failure
 * thrown out of a filter, such as the login check while the database is down, or a status sent without
 * a body, such as 404 or 415 before any controller) is answered in Vietnamese by {@link ErrorAnswers}.
 */
@RestController
class OfficialErrorController implements ErrorController {

  private final ErrorAnswers answers;

  OfficialErrorController(ErrorAnswers answers) {
    this.answers = answers;
  }

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    ErrorAnswer answer = failure instanceof Throwable t
        ? answers.of(t, status >= 400 && status < 500 ? status : 0)
        : status >= 400 && status < 500 ? new ErrorAnswer(status, answers.clientErrorMessage(status), null)
        : answers.of(new IllegalStateException("Error status " + status + " for "
            + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", answer.isDatabaseOutage() ? "DatabaseUnavailable" : "Error");
    body.put("message", answer.message());
    ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
    if (answer.isDatabaseOutage()) {
      response.header(HttpHeaders.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds()));
    }
    return response.body(body);
  }
}
