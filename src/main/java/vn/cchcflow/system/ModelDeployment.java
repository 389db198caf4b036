package vn.cchcflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ as one deployment right after the engine starts, naming each resource by
 * its folder and file ("forms/start-plan-import.html"), so embedded forms can be referenced as
 * {@code embedded:deployment:forms/…} wherever the app runs. (Camunda's Spring auto-deployment names
 * resources by absolute path outside a jar.) Unchanged models are not deployed again.
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);
  static final String DEPLOYMENT_NAME = "cchc-flow";
  private static final List<String> PATTERNS = List.of(
      "classpath*:processes/*.bpmn", "classpath*:forms/*.form", "classpath*:forms/*.html");

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME).source("CCHC Flow").enableDuplicateFiltering(false);
    int count = 0;
    for (Resource resource : resources()) {
      String folder = resource.getFilename().endsWith(".bpmn") ? "processes/" : "forms/";
      try (InputStream in = resource.getInputStream()) {
        deployment.addInputStream(folder + resource.getFilename(), in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model " + resource, e);
      }
      count++;
    }
    LOG.info("Models: {} resources in deployment {}", count, deployment.deploy().getId());
  }

  private static List<Resource> resources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      List<Resource> found = new java.util.ArrayList<>();
      for (String pattern : PATTERNS) {
        found.addAll(List.of(resolver.getResources(pattern)));
      }
      found.sort(Comparator.comparing(Resource::getFilename));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the models", e);
    }
  }
}
