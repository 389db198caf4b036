package vn.cchcflow.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.cchcflow.system.internal.RequestMetricsFilter;

/**
 * Metrics of the job executor and of every request. The job counts are sampled on a schedule (every
 * {@code cchc.metrics.sample-interval}, default 30 s), so a scrape never waits on the database:
 * {@code cchc_jobs{state="due"}} waiting to run, {@code {state="failed"}} out of retries (an incident),
 * {@code {state="all"}} every timer and job. The executor's thread pool is Micrometer's executor
 * metrics under the name {@code camunda.job.executor}.
 */
@Configuration
class EngineHealthAndMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(EngineHealthAndMetrics.class);

  private final ManagementService management;
  private final AtomicLong due = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong all = new AtomicLong();

  EngineHealthAndMetrics(ManagementService management, MeterRegistry registry,
                         ObjectProvider<TaskExecutor> executors) {
    this.management = management;
    Gauge.builder("cchc.jobs", due, AtomicLong::get).tag("state", "due")
        .description("Engine jobs by state (sampled)").register(registry);
    Gauge.builder("cchc.jobs", failed, AtomicLong::get).tag("state", "failed")
        .description("Engine jobs by state (sampled)").register(registry);
    Gauge.builder("cchc.jobs", all, AtomicLong::get).tag("state", "all")
        .description("Engine jobs by state (sampled)").register(registry);
    executors.orderedStream().filter(ThreadPoolTaskExecutor.class::isInstance).map(ThreadPoolTaskExecutor.class::cast)
        .filter(e -> e.getThreadNamePrefix() != null && e.getThreadNamePrefix().startsWith("camunda"))
        .findFirst()
        .ifPresent(e -> ExecutorServiceMetrics.monitor(registry, e.getThreadPoolExecutor(), "camunda.job.executor"));
  }

  @Scheduled(fixedDelayString = "${cchc.metrics.sample-interval:30s}", initialDelayString = "${cchc.metrics.sample-interval:30s}")
  void sampleJobs() {
    try {
      due.set(management.createJobQuery().executable().count());
      failed.set(management.createJobQuery().noRetriesLeft().count());
      all.set(management.createJobQuery().count());
    } catch (RuntimeException e) {
      LOG.debug("Job metrics not sampled: {}", e.getMessage());
    }
  }

  @Bean
  FilterRegistrationBean<RequestMetricsFilter> requestMetrics(MeterRegistry registry) {
    FilterRegistrationBean<RequestMetricsFilter> registration = new FilterRegistrationBean<>(new RequestMetricsFilter(registry));
    registration.setName("cchcRequestMetrics");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
