package vn.cchcflow.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Points {@link NoticeTexts} at the operator's template folder ({@code cchc.notification.templates-location},
 * env {@code CCHC_MAIL_TEMPLATES}) and says at start-up which shipped templates it replaces.
 */
@Component
class MailTemplates implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(MailTemplates.class);
  private static final List<String> SHIPPED = List.of("reminder", "escalation", "check-in-reminder", "initial-password");

  MailTemplates(@Value("${cchc.notification.templates-location:}") String location) {
    if (location == null || location.isBlank()) {
      NoticeTexts.useOverrides(null);
      return;
    }
    Path folder = Path.of(location);
    if (!Files.isDirectory(folder)) {
      LOG.warn("Mail template folder {} does not exist; the shipped templates are used", folder.toAbsolutePath());
      NoticeTexts.useOverrides(null);
      return;
    }
    NoticeTexts.useOverrides(folder);
    List<String> replaced = SHIPPED.stream().filter(t -> NoticeTexts.override(t) != null).toList();
    LOG.info("Mail templates from {}: {} replace the shipped ones", folder.toAbsolutePath(),
        replaced.isEmpty() ? "none" : replaced);
  }

  @Override
  public void destroy() {
    NoticeTexts.useOverrides(null);
  }
}
