package vn.cchcflow.system.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer, where the Camunda webapps' own filter has not set them: no MIME
 * sniffing, no framing by other sites, no full URLs leaked as referrer, and HSTS when the request came over
 * HTTPS (directly or, with forwarded headers, through the reverse proxy). API answers (JSON, files) also get
 * a content security policy that allows nothing to run.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String HSTS = "max-age=31536000; includeSubDomains";
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  /** The container resets the headers before its error page: set them again there. */
  @Override
  protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                             FilterChain chain) throws ServletException, IOException {
    doFilterInternal(request, response, chain);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    setIfAbsent(response, "X-Content-Type-Options", "nosniff");
    setIfAbsent(response, "X-Frame-Options", "DENY");
    setIfAbsent(response, "Referrer-Policy", "same-origin");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator")
        || path.startsWith("/error")) {
      setIfAbsent(response, "Content-Security-Policy", API_POLICY);
    }
    if (request.isSecure()) {
      setIfAbsent(response, "Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }

  private static void setIfAbsent(HttpServletResponse response, String name, String value) {
    if (!response.containsHeader(name)) {
      response.setHeader(name, value);
    }
  }
}
