package vn.cchcflow.tasklifecycle;

/**
 * Who reviews a part's submission: the coordinating unit (a group), or, when the coordinating unit leads
 * the work itself, the leader in charge of it (a user), so nobody reviews their own work.
 */
public record Reviewer(String group, String user) {

  public static Reviewer group(String groupId) {
    return new Reviewer(groupId, null);
  }

  public static Reviewer user(String userId) {
    return new Reviewer(null, userId);
  }
}
