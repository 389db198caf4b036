package vn.cchcflow.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The port through which any package counts what happened ({@link AppCounter}); the counters appear at
 * {@code /actuator/prometheus}, tagged by commune where one is given.
 */
@Component
public class AppMetrics {

  private final MeterRegistry registry;

  public AppMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (AppCounter counter : AppCounter.values()) {
      counter(counter, "");
    }
  }

  public void increment(AppCounter counter, String commune) {
    counter(counter, commune == null ? "" : commune).increment();
  }

  private Counter counter(AppCounter counter, String commune) {
    return Counter.builder(counter.metricName()).description(counter.description()).tag("commune", commune)
        .register(registry);
  }
}
