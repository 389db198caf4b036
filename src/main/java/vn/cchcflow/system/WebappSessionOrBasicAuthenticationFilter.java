package vn.cchcflow.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Our API for two kinds of callers: a request without credentials from someone logged into the Camunda
 * webapps (the Cockpit dashboard plugin) uses that login; every other request needs HTTP Basic against
 * the Camunda identity. Either way the engine's authorization and tenant checks apply.
 */
class WebappSessionOrBasicAuthenticationFilter implements Filter {

  private final ProcessEngine engine;
  private final ProcessEngineAuthenticationFilter basic = new ProcessEngineAuthenticationFilter();

  WebappSessionOrBasicAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    basic.init(new FilterConfig() {
      @Override
      public String getFilterName() {
        return config.getFilterName();
      }

      @Override
      public ServletContext getServletContext() {
        return config.getServletContext();
      }

      @Override
      public String getInitParameter(String name) {
        return ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM.equals(name)
            ? HttpBasicAuthenticationProvider.class.getName() : null;
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(java.util.List.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM));
      }
    });
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    UserAuthentication webappUser = webappUser((HttpServletRequest) request);
    if (webappUser == null) {
      basic.doFilter(request, response, chain);
      return;
    }
    engine.getIdentityService().setAuthentication(webappUser.getIdentityId(), webappUser.getGroupIds(),
        webappUser.getTenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private UserAuthentication webappUser(HttpServletRequest request) {
    if (request.getHeader("Authorization") != null) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    var authentication = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
    return authentication instanceof UserAuthentication user ? user : null;
  }
}
