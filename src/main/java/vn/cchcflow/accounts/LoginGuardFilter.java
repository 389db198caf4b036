package vn.cchcflow.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchcflow.system.AppCounter;
import vn.cchcflow.system.AppMetrics;
import vn.cchcflow.system.ErrorAnswer;
import vn.cchcflow.system.Messages;

/**
 * Every door where a password is tried (HTTP Basic on our API, the engine REST API and the actuator; the
 * webapps' login form): refuses an attempt the {@link LoginThrottle} says must wait (429, Retry-After),
 * counts wrong passwords (the door answered 401) and correct ones, and refuses a person who still has an
 * initial password (403, with where to set their own) on every door but the change itself.
 */
class LoginGuardFilter extends OncePerRequestFilter {

  static final String CHANGE_PATH = "/api/account/password";
  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private final LoginThrottle throttle;
  private final InitialPasswords initialPasswords;
  private final IdentityService identity;
  private final Messages messages;
  private final AppMetrics metrics;
  private final String changeUrl;

  LoginGuardFilter(LoginThrottle throttle, InitialPasswords initialPasswords, IdentityService identity,
                   Messages messages, AppMetrics metrics, String publicUrl) {
    this.throttle = throttle;
    this.initialPasswords = initialPasswords;
    this.identity = identity;
    this.messages = messages;
    this.metrics = metrics;
    this.changeUrl = publicUrl.replaceAll("/+$", "") + "/doi-mat-khau.html";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String[] credentials = credentials(request, path);
    if (credentials == null) {
      chain.doFilter(request, response);
      return;
    }
    String user = credentials[0];
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitFor(user, address);
    if (wait.isPresent()) {
      metrics.increment(AppCounter.LOGIN_THROTTLED, null);
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", String.valueOf(seconds));
      refuse(response, 429, "LoginThrottled", messages.get("ops.login.throttled", seconds));
      return;
    }
    if (!path.equals(CHANGE_PATH) && initialPasswords.mustChange(user) && identity.checkPassword(user, credentials[1])) {
      throttle.succeeded(user, address);
      refuse(response, 403, "PasswordChangeRequired", initialPasswords.expired(user)
          ? messages.get("ops.password.initialExpired") : messages.get("ops.password.changeFirst", changeUrl));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(user, address);
      metrics.increment(AppCounter.LOGIN_FAILED, null);
    } else if (response.getStatus() < 500) {
      throttle.succeeded(user, address);
    }
  }

  /** User and password tried by this request: HTTP Basic, or the webapps' login form; null when none. */
  private static String[] credentials(HttpServletRequest request, String path) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon > 0 ? new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)} : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (path.startsWith(WEBAPP_LOGIN) && path.contains("/login/") && "POST".equals(request.getMethod())) {
      String user = request.getParameter("username");
      return user == null || user.isBlank() ? null : new String[] {user, String.valueOf(request.getParameter("password"))};
    }
    return null;
  }

  private static void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(new ErrorAnswer(status, message, null).json(type));
  }
}
