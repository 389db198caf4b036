package vn.cchcflow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who sees what of {@code /actuator}: the health status (and the liveness and readiness probes) is open,
 * for load balancers and docker-compose; its details, the metrics and Prometheus need HTTP Basic of an
 * operator (a member of Camunda's {@code camunda-admin} group), who then has the role {@value #ROLE}
 * that {@code management.endpoint.health.roles} names.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

  static final String ROLE = "OPERATOR";

  private final IdentityService identity;
  private final ErrorAnswers answers;

  ActuatorAccessFilter(IdentityService identity, ErrorAnswers answers) {
    this.identity = identity;
    this.answers = answers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String operator = operator(request);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean open = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    if (operator == null && !open) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"cchc-flow operator\"");
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(new ErrorAnswer(401, answers.clientErrorMessage(401), null).json("Unauthorized"));
      return;
    }
    chain.doFilter(operator == null ? request : new Operator(request, operator), response);
  }

  /** The operator's user id when the request carries valid Basic credentials of one, else null. */
  private String operator(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    if (!identity.checkPassword(user, decoded.substring(colon + 1))) {
      return null;
    }
    return identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0 ? user : null;
  }

  private static final class Operator extends HttpServletRequestWrapper {

    private final String user;

    Operator(HttpServletRequest request, String user) {
      super(request);
      this.user = user;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> user;
    }

    @Override
    public String getRemoteUser() {
      return user;
    }

    @Override
    public boolean isUserInRole(String role) {
      return ROLE.equals(role);
    }
  }
}
