package vn.cchcflow.report.internal;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.policy.RenderPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * Fills a report template (a .docx office staff edit in Word or LibreOffice) with poi-tl: {@code {{name}}} is
 * replaced by text, {@code {{?list}}…{{/list}}} repeats (or drops) what lies between, and a table whose header
 * ends with one of {@link #ROW_LOOPS} repeats its row of {@code [field]} cells once per item. A tag the data
 * does not know is left as it is, so a mistyped tag shows in the draft instead of vanishing.
 */
public final class DocxTemplateRenderer {

  /** Tags of tables with one row per item. */
  public static final Set<String> ROW_LOOPS = Set.of("areaRows", "unitRows", "standingDutyRows", "overdueRows",
      "targetRows", "nextRows");

  private DocxTemplateRenderer() {
  }

  public static byte[] render(byte[] template, Map<String, Object> model) {
    ConfigureBuilder config = Configure.builder().useDefaultEL(false)
        .setValidErrorHandler(new Configure.DiscardHandler());
    RenderPolicy rows = new LoopRowTableRenderPolicy();
    ROW_LOOPS.forEach(tag -> config.bind(tag, rows));
    try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template), config.build()).render(model);
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      filled.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not fill the report template", e);
    } catch (RenderException e) {
      throw new IllegalStateException("The report template could not be filled: " + e.getMessage(), e);
    }
  }
}
