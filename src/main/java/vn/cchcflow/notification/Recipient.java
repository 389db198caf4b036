package vn.cchcflow.notification;

/** Someone a notice goes to: the Camunda user id (for "my notifications"), name and e-mail (may be null). */
public record Recipient(String userId, String name, String email) {
}
