package vn.cchcflow.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchcflow.report.internal.XlsxCityRollupWriter;
import vn.cchcflow.system.ApiError;

/** Figures computed from the engine: one commune's summary, and the city's roll-up of all communes. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportCalculator calculator;
  private final ReportAccess access;
  private final ReportService reports;
  private final vn.cchcflow.plan.PlanCatalog catalog;

  ReportController(ReportCalculator calculator, ReportAccess access, ReportService reports,
                   vn.cchcflow.plan.PlanCatalog catalog) {
    this.calculator = calculator;
    this.access = access;
    this.reports = reports;
    this.catalog = catalog;
  }

  /** Starts a report by hand: {@code {"commune": "namanphu", "period": "2026-Q1"}}. */
  @PostMapping
  ResponseEntity<java.util.Map<String, String>> start(@RequestBody StartReport request) {
    String instance = reports.start(request.commune(), period(request.period()));
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(java.util.Map.of("processInstanceId", instance,
        "message", "Đã tạo việc báo cáo kỳ cho các đơn vị trong Tasklist."));
  }

  record StartReport(String commune, String period) {
  }

  /** Issued reports the caller may read. */
  @GetMapping
  java.util.List<IssuedReport> issued() {
    return reports.list();
  }

  @GetMapping("/{id}/docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    return document(id, PeriodReportProcess.REPORT_DOCX);
  }

  @GetMapping("/{id}/xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    return document(id, PeriodReportProcess.REPORT_XLSX);
  }

  private ResponseEntity<byte[]> document(long id, String variable) {
    ReportService.Document document = reports.document(id, variable)
        .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "Không tìm thấy báo cáo số " + id + "."));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName())
            .build().toString())
        .contentType(MediaType.parseMediaType(document.mimeType())).body(document.content());
  }

  @GetMapping("/summary")
  ReportFigures summary(@RequestParam String commune, @RequestParam String period) {
    ReportPeriod p = period(period);
    if (!access.canReadCommune(commune)) {
      throw new Refused(HttpStatus.FORBIDDEN, "Bạn không được xem số liệu của xã/phường này.");
    }
    return calculator.figures(commune, p, java.util.Map.of());
  }

  /** One plan's progress now, by area and unit, with its overdue tasks (the Cockpit dashboard). */
  @GetMapping("/plan/{planId}")
  ReportFigures plan(@PathVariable long planId) {
    var plan = catalog.find(planId).filter(p -> access.canReadCommune(p.getCommune()))
        .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "Không tìm thấy kế hoạch số " + planId + "."));
    return calculator.planFigures(plan);
  }

  @GetMapping("/city")
  CityRollup city(@RequestParam String period) {
    return rollup(period);
  }

  @GetMapping("/city.xlsx")
  ResponseEntity<byte[]> cityXlsx(@RequestParam String period) {
    CityRollup rollup = rollup(period);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("tong-hop-" + rollup.period().code() + ".xlsx").build().toString())
        .contentType(XLSX).body(XlsxCityRollupWriter.write(rollup));
  }

  private CityRollup rollup(String period) {
    ReportPeriod p = period(period);
    if (!access.canReadCity()) {
      throw new Refused(HttpStatus.FORBIDDEN, "Chỉ Sở Nội vụ được xem số liệu tổng hợp của các xã, phường.");
    }
    return calculator.rollup(p);
  }

  private static ReportPeriod period(String code) {
    return ReportPeriod.parse(code).orElseThrow(() -> new Refused(HttpStatus.BAD_REQUEST,
        "Kỳ báo cáo \"" + code + "\" không hợp lệ; dùng dạng 2026-Q1 (quý), 2026-H1 (6 tháng), 2026 (năm) hoặc 2026-03 (tháng)."));
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<ApiError> refused(Refused e) {
    return ResponseEntity.status(e.status).body(ApiError.of(e.getMessage()));
  }

  /** A refusal with its status and Vietnamese message. */
  static final class Refused extends RuntimeException {
    final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }
}
