package vn.cchcflow.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * A production start is closed by default: outside the {@code demo} profile the app does not start
 * without an operator account given by the environment ({@code CAMUNDA_BPM_ADMINUSER_ID},
 * {@code CAMUNDA_BPM_ADMINUSER_PASSWORD}) whose password passes Camunda's password policy; with the
 * directory (LDAP) on, the operator group of the directory must be named instead. Checked before anything
 * starts, so no database is touched and no first-user setup is ever offered.
 */
public class ProductionStartGuard implements EnvironmentPostProcessor {

  static final String DEMO_PROFILE = "demo";
  private static final String USER_DATA_RULE = "PASSWORD_POLICY_USER_DATA";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> problems = problems(environment);
    if (!problems.isEmpty()) {
      throw new ProductionStartRefused(problems);
    }
  }

  /** What is missing for a production start; empty when the start may go on (or the demo profile runs). */
  static List<String> problems(Environment environment) {
    if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
      return List.of();
    }
    Binder binder = Binder.get(environment);
    List<String> problems = new ArrayList<>();
    if (binder.bind("cchc.directory.enabled", Boolean.class).orElse(false)) {
      if (binder.bind("cchc.directory.operator-group", String.class).orElse("").isBlank()) {
        problems.add("the directory is on but no operator group is named: set CCHC_DIRECTORY_OPERATORGROUP to the"
            + " directory group whose members administer the app");
      }
      return problems;
    }
    String user = binder.bind("camunda.bpm.admin-user.id", String.class).orElse("");
    String password = binder.bind("camunda.bpm.admin-user.password", String.class).orElse("");
    if (user.isBlank()) {
      problems.add("no operator account: set CAMUNDA_BPM_ADMINUSER_ID (and CAMUNDA_BPM_ADMINUSER_PASSWORD)");
    }
    if (password.isBlank()) {
      problems.add("no operator password: set CAMUNDA_BPM_ADMINUSER_PASSWORD");
    } else {
      List<String> weak = weaknesses(password, user);
      if (!weak.isEmpty()) {
        problems.add("the operator password (CAMUNDA_BPM_ADMINUSER_PASSWORD) is too weak: " + String.join(", ", weak));
      }
    }
    return problems;
  }

  /** Camunda's password policy, as the engine applies it to every password set later. */
  static List<String> weaknesses(String password, String user) {
    List<String> weak = new ArrayList<>();
    for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
      // the rule on the user's own data needs the user; checked below on the id
      if (!USER_DATA_RULE.equals(rule.getPlaceholder()) && !rule.execute(password)) {
        weak.add(describe(rule));
      }
    }
    if (!user.isBlank() && password.toLowerCase().contains(user.toLowerCase())) {
      weak.add("it contains the user id");
    }
    return weak;
  }

  private static String describe(PasswordPolicyRule rule) {
    Object minimum = rule.getParameters() == null ? "" : rule.getParameters().values().stream().findFirst().orElse("");
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "at least " + minimum + " characters";
      case "PASSWORD_POLICY_LOWERCASE" -> "a lower-case letter";
      case "PASSWORD_POLICY_UPPERCASE" -> "an upper-case letter";
      case "PASSWORD_POLICY_DIGIT" -> "a digit";
      case "PASSWORD_POLICY_SPECIAL" -> "a special character";
      default -> rule.getPlaceholder();
    };
  }

  /** The start was refused; the message says what to set. */
  public static class ProductionStartRefused extends IllegalStateException {

    private final List<String> problems;

    ProductionStartRefused(List<String> problems) {
      super("CCHC Flow does not start outside the demo profile until: " + String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
