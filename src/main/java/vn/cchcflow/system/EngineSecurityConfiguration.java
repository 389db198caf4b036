package vn.cchcflow.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against the Camunda identity for the engine REST API and our own API. The filter sets the
 * engine's authentication for the request, so Camunda's authorization and tenant checks apply to every
 * engine call made while serving it.
 */
@Configuration
class EngineSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthentication("engineRestAuthentication", "/engine-rest/*");
  }

  /** Our API also accepts the webapps' login, for the Cockpit dashboard plugin. */
  @Bean
  FilterRegistrationBean<WebappSessionOrBasicAuthenticationFilter> apiAuthentication(ProcessEngine engine,
                                                                                     ErrorAnswers answers) {
    FilterRegistrationBean<WebappSessionOrBasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new WebappSessionOrBasicAuthenticationFilter(engine, answers));
    registration.setName("apiAuthentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  /** Health open (status only), its details and the metrics for the operator. */
  @Bean
  FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(ProcessEngine engine, ErrorAnswers answers) {
    FilterRegistrationBean<ActuatorAccessFilter> registration =
        new FilterRegistrationBean<>(new ActuatorAccessFilter(engine.getIdentityService(), answers));
    registration.setName("actuatorAccess");
    registration.addUrlPatterns("/actuator", "/actuator/*");
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(String name,
                                                                                            String urlPattern) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
