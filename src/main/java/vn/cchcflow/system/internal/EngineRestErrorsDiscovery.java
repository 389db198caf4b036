package vn.cchcflow.system.internal;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Jersey's auto-discovery hook (META-INF/services): puts {@link EngineRestErrors} into every Jersey
 * application, including the webapps' engine API, whose classes Camunda fixes in code.
 */
public class EngineRestErrorsDiscovery implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineRestErrors.class)) {
      context.register(EngineRestErrors.class);
    }
  }
}
