package vn.cchcflow.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchcflow.system.ApiError;

/** Figures computed from the engine: one commune's summary, and the city's roll-up of all communes. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportCalculator calculator;
  private final ReportAccess access;

  ReportController(ReportCalculator calculator, ReportAccess access) {
    this.calculator = calculator;
    this.access = access;
  }

  @GetMapping("/summary")
  ReportFigures summary(@RequestParam String commune, @RequestParam String period) {
    ReportPeriod p = period(period);
    if (!access.canReadCommune(commune)) {
      throw new Refused(HttpStatus.FORBIDDEN, "Bạn không được xem số liệu của xã/phường này.");
    }
    return calculator.figures(commune, p, java.util.Map.of());
  }

  @GetMapping("/city")
  CityRollup city(@RequestParam String period) {
    return rollup(period);
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
