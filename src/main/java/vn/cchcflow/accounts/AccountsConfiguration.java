package vn.cchcflow.accounts;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.cchcflow.system.AppMetrics;
import vn.cchcflow.system.Messages;

/** The login guard in front of every door that takes a password. */
@Configuration
class AccountsConfiguration {

  @Bean
  LoginThrottle loginThrottle(LoginProperties properties) {
    return new LoginThrottle(Clock.systemUTC(), properties.freeFailures(), properties.maxDelay(),
        properties.forgetAfter(), properties.addressFailures());
  }

  @Bean
  FilterRegistrationBean<LoginGuardFilter> loginGuard(LoginThrottle throttle, InitialPasswords initialPasswords,
                                                      IdentityService identity, Messages messages, AppMetrics metrics,
                                                      @Value("${cchc.public-url:http://localhost:8080}") String publicUrl) {
    FilterRegistrationBean<LoginGuardFilter> registration = new FilterRegistrationBean<>(
        new LoginGuardFilter(throttle, initialPasswords, identity, messages, metrics, publicUrl));
    registration.setName("cchcLoginGuard");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*", "/camunda/api/admin/auth/user/*");
    // after the security headers and the upload limit, before any authentication filter
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
