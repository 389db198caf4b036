package vn.cchcflow.plan;

/** The caller may not do this; the message is Vietnamese and shown to them. */
public class PlanAccessDeniedException extends RuntimeException {

  public PlanAccessDeniedException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
