package vn.cchcflow.system.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchcflow.system.ErrorAnswers;
import vn.cchcflow.system.UploadTooLarge;

/**
 * The upload limit on every door that takes a body (our API, the engine REST API, the webapps' engine
 * API, whose file variables and deployments have no limit of their own): a declared length over the limit
 * is answered 413 before anything is read; a body sent without a length stops being read at the limit with
 * {@link UploadTooLarge}, which the doors' error handling answers the same way.
 */
public class UploadLimitFilter extends OncePerRequestFilter {

  private final long limit;
  private final ErrorAnswers answers;

  public UploadLimitFilter(long limit, ErrorAnswers answers) {
    this.limit = limit;
    this.answers = answers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit) {
      // the body is not read: the connection closes after the answer (Tomcat's max-swallow-size)
      var answer = answers.of(new UploadTooLarge(limit));
      response.setStatus(answer.status());
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Connection", "close");
      response.getWriter().write(answer.json("UploadTooLarge"));
      return;
    }
    chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
  }

  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
          }

          private void count(int n) throws UploadTooLarge {
            read += n;
            if (read > limit) {
              throw new UploadTooLarge(limit);
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
