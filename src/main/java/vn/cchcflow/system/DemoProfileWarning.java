package vn.cchcflow.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A start with the demo profile says loudly that known accounts exist. */
@Component
@Profile(ProductionStartGuard.DEMO_PROFILE)
class DemoProfileWarning {

  private static final Logger LOG = LoggerFactory.getLogger(DemoProfileWarning.class);

  private final String adminUser;

  DemoProfileWarning(@Value("${camunda.bpm.admin-user.id:admin}") String adminUser) {
    this.adminUser = adminUser;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warn() {
    LOG.warn("DEMO PROFILE ACTIVE: demo accounts exist with the known password 'demo' (operator '{}', every person"
        + " of the shipped communes, sonoivuhp) and demo plans are loaded. Never expose this server to real users;"
        + " start production without the demo profile (README, \"Operator guide\").", adminUser);
  }
}
