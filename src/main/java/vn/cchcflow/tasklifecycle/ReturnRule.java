package vn.cchcflow.tasklifecycle;

import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * Sending work back without saying what to change helps nobody: a return (at sign-off, at review, at a
 * report's approval) needs a comment.
 */
public final class ReturnRule {

  private ReturnRule() {
  }

  public static void requireComment(boolean approved, Object comment, Messages messages) {
    if (!approved && (comment == null || comment.toString().isBlank())) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("task.return.commentRequired"));
    }
  }
}
