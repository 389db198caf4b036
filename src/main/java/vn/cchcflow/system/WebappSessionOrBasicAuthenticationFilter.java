package vn.cchcflow.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
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
 *
 * <p>A session cookie travels with any request the browser makes, including one a foreign page triggers,
 * so with the webapp login a request that changes something must carry the same CSRF token the webapps
 * send ({@code X-XSRF-TOKEN}, checked against the token Camunda's CSRF filter keeps in the session);
 * reading (GET, HEAD, OPTIONS) needs none.
 */
class WebappSessionOrBasicAuthenticationFilter implements Filter {

  /** Where Camunda's CsrfPreventionFilter keeps the session's token, and the header the webapps send it in. */
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  private final ProcessEngine engine;
  private final ErrorAnswers answers;
  private final ProcessEngineAuthenticationFilter basic = new ProcessEngineAuthenticationFilter();

  WebappSessionOrBasicAuthenticationFilter(ProcessEngine engine, ErrorAnswers answers) {
    this.engine = engine;
    this.answers = answers;
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
    if (!hasCsrfToken((HttpServletRequest) request)) {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(HttpServletResponse.SC_FORBIDDEN);
      http.setContentType("application/json");
      http.setCharacterEncoding(StandardCharsets.UTF_8.name());
      http.getWriter().write(new ErrorAnswer(403, answers.csrfRefused(), null).json("CsrfRefused"));
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

  private static boolean hasCsrfToken(HttpServletRequest request) {
    if (READING.contains(request.getMethod())) {
      return true;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    String sent = request.getHeader(CSRF_HEADER);
    return expected != null && sent != null && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
        sent.getBytes(StandardCharsets.UTF_8));
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
