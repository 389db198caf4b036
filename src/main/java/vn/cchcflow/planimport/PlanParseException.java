package vn.cchcflow.planimport;

/** A plan file that cannot be read; the message is Vietnamese and names the file, row or column. */
public class PlanParseException extends RuntimeException {

  public PlanParseException(String vietnameseMessage) {
    super(vietnameseMessage);
  }

  public PlanParseException(String vietnameseMessage, Throwable cause) {
    super(vietnameseMessage, cause);
  }
}
