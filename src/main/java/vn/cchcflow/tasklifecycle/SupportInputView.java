package vn.cchcflow.tasklifecycle;

import java.time.Instant;

/** Input a support unit gave to a part (ý kiến phối hợp). */
public record SupportInputView(long partId, String unitCode, String text, String givenBy, Instant givenAt) {
}
