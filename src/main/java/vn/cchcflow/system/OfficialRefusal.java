package vn.cchcflow.system;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A refusal an official reads: its message is plain Vietnamese, meant for the screen as it is, and its
 * kind says which HTTP status answers it. Thrown from our API, from engine listeners and delegates and
 * from the fact guard; whichever door the request came through (our API, the engine REST API, the
 * webapps), the answer shows the message without engine codes, and nothing the request tried has changed.
 * It extends {@link ProcessEngineException} so the engine rolls its command back like any engine failure.
 */
public class OfficialRefusal extends ProcessEngineException {

  /** What kind of refusal it is, and the HTTP status that says so. */
  public enum Kind {
    INVALID_INPUT(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

    private final int httpStatus;

    Kind(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    public int httpStatus() {
      return httpStatus;
    }
  }

  private final Kind kind;

  public OfficialRefusal(Kind kind, String vietnameseMessage) {
    super(vietnameseMessage);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The refusal somewhere in the cause chain of an engine or web failure, or null. */
  public static OfficialRefusal in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OfficialRefusal refusal) {
        return refusal;
      }
    }
    return null;
  }
}
