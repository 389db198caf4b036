package vn.cchcflow.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * Initial passwords: the operator issues one per person (generated, passing Camunda's password policy);
 * until the person sets their own at {@code /doi-mat-khau.html} every door refuses them with a message
 * saying so ({@link LoginGuardFilter}), and after {@code cchc.login.initial-password-validity} the initial
 * password no longer opens anything.
 */
@Service
public class InitialPasswords {

  /** Letters and digits that cannot be mistaken for each other on a printed sheet. */
  private static final String LOWER = "abcdefghjkmnpqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final Messages messages;
  private final Duration validity;

  InitialPasswords(JdbcTemplate jdbc, IdentityService identity, Messages messages, LoginProperties properties) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.messages = messages;
    this.validity = properties.initialPasswordValidity();
  }

  /** Sets a new generated password on the account and marks it to be changed; returns the password. */
  @Transactional
  public String issue(String userId) {
    String password = generate();
    EngineAsSystem.run(identity, () -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        throw new OfficialRefusal(OfficialRefusal.Kind.NOT_FOUND, messages.get("ops.account.unknown", userId));
      }
      user.setPassword(password);
      identity.saveUser(user);
    });
    Timestamp now = Timestamp.from(Instant.now());
    if (jdbc.update("update cchc_account set must_change = true, issued_at = ?, changed_at = null where user_id = ?",
        now, userId) == 0) {
      jdbc.update("insert into cchc_account (user_id, must_change, issued_at) values (?, true, ?)", userId, now);
    }
    return password;
  }

  /** Whether the person still uses an initial password (and must set their own before working). */
  public boolean mustChange(String userId) {
    List<Boolean> flags = jdbc.queryForList("select must_change from cchc_account where user_id = ?", Boolean.class,
        userId);
    return !flags.isEmpty() && Boolean.TRUE.equals(flags.get(0));
  }

  /** Whether an initial password was ever issued for the person (onboarded). */
  public boolean issued(String userId) {
    return !jdbc.queryForList("select user_id from cchc_account where user_id = ?", String.class, userId).isEmpty();
  }

  /** Whether the person's initial password is past its validity. */
  public boolean expired(String userId) {
    List<Timestamp> issued = jdbc.queryForList(
        "select issued_at from cchc_account where user_id = ? and must_change = true", Timestamp.class, userId);
    return !issued.isEmpty() && issued.get(0).toInstant().plus(validity).isBefore(Instant.now());
  }

  public Instant validUntil(Instant issuedAt) {
    return issuedAt.plus(validity);
  }

  /** The person sets their own password (they proved the current one); the policy applies. */
  @Transactional
  public void change(String userId, String newPassword) {
    if (newPassword == null || newPassword.isBlank()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("ops.password.policy"));
    }
    if (expired(userId)) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get("ops.password.initialExpired"));
    }
    if (identity.checkPassword(userId, newPassword)) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("ops.password.same"));
    }
    try {
      EngineAsSystem.run(identity, () -> {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(newPassword);
        identity.saveUser(user);
      });
    } catch (ProcessEngineException e) {
      if (e.getMessage() != null && e.getMessage().contains("policy")) {
        throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("ops.password.policy"));
      }
      throw e;
    }
    jdbc.update("update cchc_account set must_change = false, changed_at = ? where user_id = ?",
        Timestamp.from(Instant.now()), userId);
  }

  /** 14 characters in three groups ("Kp7m-Xr4t-Hq9w"): lower and upper case, digits and a dash. */
  static String generate() {
    StringBuilder password = new StringBuilder();
    for (int group = 0; group < 3; group++) {
      if (group > 0) {
        password.append('-');
      }
      password.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(LOWER));
    }
    return password.toString();
  }

  private static char pick(String alphabet) {
    return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
  }
}
