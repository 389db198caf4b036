package vn.cchcflow.plan;

import vn.cchcflow.system.OfficialRefusal;

/** No such plan, or not one the caller may read (the two look the same, so nothing leaks). */
public class PlanNotFoundException extends OfficialRefusal {

  public PlanNotFoundException(String vietnameseMessage) {
    super(Kind.NOT_FOUND, vietnameseMessage);
  }
}
