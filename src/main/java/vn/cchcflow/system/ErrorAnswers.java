package vn.cchcflow.system;

import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one rule that turns a failure into the answer an official reads, used by our API's advice, the engine
 * REST API and the webapps' engine API (JAX-RS), and the servlet filter in front of everything:
 * <ul>
 *   <li>an {@link OfficialRefusal} anywhere in the cause chain: its kind's status and its message only;</li>
 *   <li>the database cannot be reached: 503 with Retry-After;</li>
 *   <li>a body over the upload limit: 413 naming the limit;</li>
 *   <li>the engine's authorization or tenant check refused: 403;</li>
 *   <li>a status the door already chose (404 of an unknown id, 415 of a wrong content type, …): kept, with a
 *       Vietnamese message for it;</li>
 *   <li>anything else: 500 with a generic message and a reference; the English detail goes to the log under
 *       that reference.</li>
 * </ul>
 */
public final class ErrorAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);
  /** Message fragment of the engine's tenant check (CommandLogger code 034). */
  private static final String TENANT_REFUSAL = "belongs to no authenticated tenant";
  private static final String PASSWORD_POLICY = "Password does not match policy";

  private final Messages messages;
  private final int retryAfterSeconds;
  private final String uploadLimitText;
  private final long uploadLimitBytes;

  public ErrorAnswers(Messages messages, int retryAfterSeconds, UploadLimit uploadLimit) {
    this.messages = messages;
    this.retryAfterSeconds = retryAfterSeconds;
    this.uploadLimitText = uploadLimit.fileLimitText();
    this.uploadLimitBytes = uploadLimit.bodyLimitBytes();
  }

  /** The answer to a failure for which the door has not chosen a status. */
  public ErrorAnswer of(Throwable failure) {
    return of(failure, 0);
  }

  /**
   * The answer to a failure; {@code doorStatus} is the status the door already chose (0 when none), kept
   * for client errors the rules above do not cover.
   */
  public ErrorAnswer of(Throwable failure, int doorStatus) {
    OfficialRefusal refusal = OfficialRefusal.in(failure);
    if (refusal != null) {
      LOG.info("Refused ({}): {}", refusal.kind(), refusal.getMessage());
      return new ErrorAnswer(refusal.kind().httpStatus(), refusal.getMessage(), null);
    }
    if (DatabaseOutage.in(failure)) {
      LOG.warn("Database unreachable, answering 503: {}", rootMessage(failure));
      return new ErrorAnswer(503, messages.get("ops.database.unavailable"), retryAfterSeconds);
    }
    if (UploadTooLarge.in(failure) != null || doorStatus == 413) {
      LOG.info("Upload refused: body over {} bytes", uploadLimitBytes);
      return new ErrorAnswer(413, messages.get("ops.upload.tooLarge", uploadLimitText), null);
    }
    if (isEngineRefusal(failure)) {
      LOG.info("Engine refused the call: {}", rootMessage(failure));
      return new ErrorAnswer(403, messages.get("api.forbidden"), null);
    }
    if (hasMessage(failure, PASSWORD_POLICY)) {
      return new ErrorAnswer(400, messages.get("ops.password.policy"), null);
    }
    if (doorStatus >= 400 && doorStatus < 500) {
      LOG.info("Client error {}: {}", doorStatus, failure == null ? "" : rootMessage(failure));
      return new ErrorAnswer(doorStatus, clientErrorMessage(doorStatus), null);
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("Unexpected error [{}]", reference, failure);
    return new ErrorAnswer(500, messages.get("api.internalError", reference), null);
  }

  /** The Vietnamese message for a client error status without a more specific rule. */
  public String clientErrorMessage(int status) {
    return switch (status) {
      case 401 -> messages.get("api.unauthenticated");
      case 403 -> messages.get("api.forbidden");
      case 404 -> messages.get("ops.http.notFound");
      case 405 -> messages.get("ops.http.methodNotAllowed");
      case 406 -> messages.get("ops.http.notAcceptable");
      case 409 -> messages.get("ops.http.conflict");
      case 413 -> messages.get("ops.upload.tooLarge", uploadLimitText);
      case 415 -> messages.get("ops.http.unsupportedMediaType");
      case 429 -> messages.get("ops.login.throttled", retryAfterSeconds);
      default -> messages.get("ops.http.badRequest");
    };
  }

  /** A change through our API with the webapp login but without the webapps' CSRF token. */
  public String csrfRefused() {
    return messages.get("ops.csrf.refused");
  }

  private static boolean isEngineRefusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationException
          || t instanceof ProcessEngineException && t.getMessage() != null && t.getMessage().contains(TENANT_REFUSAL)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMessage(Throwable failure, String text) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
