package vn.cchcflow.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import vn.cchcflow.system.internal.SecurityHeadersFilter;
import vn.cchcflow.system.internal.UploadLimitFilter;

/**
 * Web hardening shared by every door: security headers, the upload limit, Vietnamese error answers, and
 * the Camunda first-user setup closed for good.
 */
@Configuration
class WebConfiguration {

  /** The webapps' admin setup creates the first administrator for anyone while none exists: never offered. */
  static final String CAMUNDA_SETUP = "/camunda/api/admin/setup/*";

  @Bean
  UploadLimit uploadLimit(WebProperties properties) {
    return new UploadLimit(properties.uploadLimit());
  }

  @Bean
  ErrorAnswers errorAnswers(Messages messages, WebProperties properties, UploadLimit uploadLimit) {
    return new ErrorAnswers(messages, (int) properties.retryAfter().toSeconds(), uploadLimit);
  }

  /** Our API's multipart limits, from the one upload limit. */
  @Bean
  MultipartConfigElement multipartConfigElement(UploadLimit limit) {
    return new MultipartConfigElement(null, limit.file().toBytes(), limit.bodyLimitBytes(),
        (int) DataSize.ofMegabytes(1).toBytes());
  }

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
    FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("cchcSecurityHeaders");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadLimit limit, ErrorAnswers answers) {
    FilterRegistrationBean<UploadLimitFilter> registration =
        new FilterRegistrationBean<>(new UploadLimitFilter(limit.bodyLimitBytes(), answers));
    registration.setName("cchcUploadLimit");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> camundaSetupClosed(ErrorAnswers answers) {
    Filter closed = (request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(HttpServletResponse.SC_NOT_FOUND);
      http.setContentType("application/json");
      http.setCharacterEncoding(StandardCharsets.UTF_8.name());
      http.getWriter().write(new ErrorAnswer(404, answers.clientErrorMessage(404), null).json("Error"));
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(closed);
    registration.setName("cchcCamundaSetupClosed");
    registration.addUrlPatterns(CAMUNDA_SETUP);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
