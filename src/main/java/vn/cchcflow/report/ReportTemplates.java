package vn.cchcflow.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Where a commune's report template is: {@code <cchc.reports.templates>/<commune>.docx} when the office put
 * one there (edited in Word or LibreOffice), else the shipped default {@value #DEFAULT}. Read at every
 * rendering, so a changed template applies to the next draft or report without a build or a restart.
 */
@Component
class ReportTemplates {

  static final String DEFAULT = "classpath:templates/report/bao-cao-dinh-ky.docx";
  private static final Logger LOG = LoggerFactory.getLogger(ReportTemplates.class);

  private final ResourceLoader resources;
  private final String location;

  ReportTemplates(ResourceLoader resources,
                  @Value("${cchc.reports.templates:file:./config/report-templates/}") String location) {
    this.resources = resources;
    this.location = location.endsWith("/") ? location : location + "/";
  }

  byte[] forCommune(String commune) {
    Resource own = resources.getResource(location + commune + ".docx");
    if (own.exists()) {
      LOG.debug("Report template of {}: {}", commune, own);
      return read(own);
    }
    return read(resources.getResource(DEFAULT));
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the report template " + resource, e);
    }
  }
}
