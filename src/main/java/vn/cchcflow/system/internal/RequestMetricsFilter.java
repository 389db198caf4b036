package vn.cchcflow.system.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request by door and outcome ({@code cchc_http_requests_seconds}): our API, the engine REST API,
 * the webapps' API and pages, the actuator. Spring's own request metrics see only Spring MVC; the engine
 * REST API and the webapps run on Jersey and plain servlets.
 */
public class RequestMetricsFilter extends OncePerRequestFilter {

  static final String METRIC = "cchc.http.requests";
  private final MeterRegistry registry;

  public RequestMetricsFilter(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    int status = 500;
    try {
      chain.doFilter(request, response);
      status = response.getStatus();
    } finally {
      Timer.builder(METRIC).description("HTTP requests by door and status")
          .tag("door", door(request.getRequestURI().substring(request.getContextPath().length())))
          .tag("method", request.getMethod())
          .tag("status", String.valueOf(status))
          .register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  static String door(String path) {
    if (path.startsWith("/api/")) {
      return "api";
    }
    if (path.startsWith("/engine-rest/")) {
      return "engine-rest";
    }
    if (path.startsWith("/camunda/api/")) {
      return "webapp-api";
    }
    if (path.startsWith("/camunda/")) {
      return "webapp";
    }
    if (path.startsWith("/actuator")) {
      return "actuator";
    }
    return "other";
  }
}
