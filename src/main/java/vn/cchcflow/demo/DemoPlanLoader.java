package vn.cchcflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.plan.PlanService;

/**
 * Demo profile only: registers the shipped plans (one per demo commune, typed from the seed appendices)
 * so a newcomer finds real tasks in Tasklist. Registration is idempotent, so restarts start nothing new.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPlanLoader implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPlanLoader.class);

  private final PlanService plans;
  private final DemoProgress progress;
  private final CommuneDirectory communes;
  private final ObjectMapper json;
  private final String location;

  DemoPlanLoader(PlanService plans, DemoProgress progress, CommuneDirectory communes, ObjectMapper json,
                 @Value("${cchc.demo.plans:}") String location) {
    this.plans = plans;
    this.progress = progress;
    this.communes = communes;
    this.json = json;
    this.location = location;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (location.isBlank()) {
      return;
    }
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
      PlanDocument plan;
      try (InputStream in = resource.getInputStream()) {
        plan = json.readValue(in, PlanDocument.class);
      }
      if (communes.find(plan.commune()).isEmpty()) {
        LOG.info("Demo plan {} skipped: commune '{}' is not configured", resource.getFilename(), plan.commune());
        continue;
      }
      var registration = plans.register(plan);
      if (registration.created()) {
        progress.advance(communes.find(plan.commune()).orElseThrow(), plan.code());
      }
      LOG.info("Demo plan {} ({} tasks): {}", plan.code(), registration.plan().taskCount(),
          registration.created() ? "registered" : "already registered");
    }
  }
}
