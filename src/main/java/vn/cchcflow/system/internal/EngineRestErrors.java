package vn.cchcflow.system.internal;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.cchcflow.system.ErrorAnswer;
import vn.cchcflow.system.ErrorAnswers;

/**
 * Vietnamese answers on the engine REST API ({@code /engine-rest}) and the webapps' engine API
 * ({@code /camunda/api/engine}): Camunda's exception handlers still choose the response (so its
 * {@code type} and {@code code} stay for clients that read them), then this rewrites the status and the
 * message of every error response by {@link ErrorAnswers}: an {@code OfficialRefusal} inside a listener's
 * "ENGINE-03051 There was an exception while invoking the TaskListener" answers with its own status and
 * message, a database outage 503 with Retry-After, anything unexpected a generic message with a reference.
 * Registered in every Jersey application of the app by {@link EngineRestErrorsDiscovery}.
 */
public class EngineRestErrors implements Feature {

  static final String FAILURE = EngineRestErrors.class.getName() + ".failure";

  @Override
  public boolean configure(FeatureContext context) {
    context.register(FailureRecorder.class);
    context.register(VietnameseErrors.class);
    return true;
  }

  /** Keeps the exception of a request, which the response filter below cannot see otherwise. */
  public static class FailureRecorder implements ApplicationEventListener {

    @Override
    public void onEvent(ApplicationEvent event) {
    }

    @Override
    public RequestEventListener onRequest(RequestEvent start) {
      return event -> {
        if (event.getType() == RequestEvent.Type.ON_EXCEPTION && event.getContainerRequest() != null) {
          event.getContainerRequest().setProperty(FAILURE, event.getException());
        }
      };
    }
  }

  @Priority(Priorities.USER)
  public static class VietnameseErrors implements ContainerResponseFilter {

    @Context
    private ServletContext servletContext;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() < 400 || !(request.getProperty(FAILURE) instanceof Throwable failure)) {
        return;
      }
      ErrorAnswers answers = answers();
      if (answers == null) {
        return;
      }
      int status = response.getStatus();
      ErrorAnswer answer = answers.of(failure, status < 500 ? status : 0);
      Map<String, Object> body = new LinkedHashMap<>();
      Object original = response.getEntity();
      body.put("type", answer.isDatabaseOutage() ? "DatabaseUnavailable" : field(original, "type",
          failure.getClass().getSimpleName()));
      body.put("message", answer.message());
      body.put("code", answer.isDatabaseOutage() ? null : field(original, "code", null));
      response.setStatus(answer.status());
      response.setEntity(body, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
      if (answer.isDatabaseOutage()) {
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds()));
      }
    }

    private ErrorAnswers answers() {
      WebApplicationContext spring = servletContext == null ? null
          : WebApplicationContextUtils.getWebApplicationContext(servletContext);
      return spring == null ? null : spring.getBeanProvider(ErrorAnswers.class).getIfAvailable();
    }

    /** A property of Camunda's ExceptionDto (type, code), read without depending on its class. */
    private static Object field(Object dto, String name, Object fallback) {
      if (dto == null) {
        return fallback;
      }
      try {
        Object value = dto.getClass().getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
            .invoke(dto);
        return value == null ? fallback : value;
      } catch (ReflectiveOperationException e) {
        return fallback;
      }
    }
  }
}
