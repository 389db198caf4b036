package vn.cchcflow.plan;

import vn.cchcflow.system.OfficialRefusal;

/** The caller may not do this; the message is Vietnamese and shown to them. */
public class PlanAccessDeniedException extends OfficialRefusal {

  public PlanAccessDeniedException(String vietnameseMessage) {
    super(Kind.FORBIDDEN, vietnameseMessage);
  }
}
