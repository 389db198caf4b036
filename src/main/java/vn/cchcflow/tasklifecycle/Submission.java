package vn.cchcflow.tasklifecycle;

/** What an officer submits as the deliverable: the document's number and date, a summary and a link. */
public record Submission(String documentNumber, String documentDate, String summary, String link) {

  public static final Submission NONE = new Submission(null, null, null, null);
}
