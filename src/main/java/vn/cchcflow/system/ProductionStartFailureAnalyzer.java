package vn.cchcflow.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused production start as a short description and what to do, without a stack trace. */
class ProductionStartFailureAnalyzer extends AbstractFailureAnalyzer<ProductionStartGuard.ProductionStartRefused> {

  @Override
  protected FailureAnalysis analyze(Throwable root, ProductionStartGuard.ProductionStartRefused cause) {
    return new FailureAnalysis("The app was started without the demo profile (a production start), and "
        + String.join("; ", cause.problems()) + ".",
        "Set the operator account in the environment (see README, \"Operator guide\"), e.g. in .env:\n"
            + "    CAMUNDA_BPM_ADMINUSER_ID=operator\n"
            + "    CAMUNDA_BPM_ADMINUSER_PASSWORD=<10+ characters: lower and upper case, a digit, a special character>\n"
            + "or start with the demo profile (SPRING_PROFILES_ACTIVE=demo) to try the app with demo accounts.", cause);
  }
}
