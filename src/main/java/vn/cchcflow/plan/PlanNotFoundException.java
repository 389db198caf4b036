package vn.cchcflow.plan;

/** No such plan, or not one the caller may read (the two look the same, so nothing leaks). */
public class PlanNotFoundException extends RuntimeException {

  public PlanNotFoundException(String vietnameseMessage) {
    super(vietnameseMessage);
  }
}
