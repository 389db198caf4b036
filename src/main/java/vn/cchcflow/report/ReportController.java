package vn.cchcflow.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.report.internal.XlsxCityRollupWriter;
import vn.cchcflow.system.ApiError;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * Reports over HTTP: a commune's figures and report calendar, ad-hoc reports, drafts, the archive of issued
 * reports and their documents, and the city's comparison of its communes.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  static final MediaType XLSX = MediaType.parseMediaType(ReportDocument.Kind.XLSX.mimeType());
  static final MediaType DOCX = MediaType.parseMediaType(ReportDocument.Kind.DOCX.mimeType());

  private final ReportCalculator calculator;
  private final ReportAccess access;
  private final ReportService reports;
  private final PlanCatalog catalog;
  private final vn.cchcflow.plan.PlanService plans;
  private final Messages messages;

  ReportController(ReportCalculator calculator, ReportAccess access, ReportService reports, PlanCatalog catalog,
                   vn.cchcflow.plan.PlanService plans, Messages messages) {
    this.calculator = calculator;
    this.plans = plans;
    this.access = access;
    this.reports = reports;
    this.catalog = catalog;
    this.messages = messages;
  }

  /**
   * Starts an ad-hoc report ("báo cáo đột xuất"):
   * {@code {"commune": "namanphu", "period": "2026-Q1", "planId": 1, "due": "2026-04-10"}} (planId and due optional).
   */
  @PostMapping
  ResponseEntity<Map<String, String>> start(@RequestBody StartReport request) {
    String instance = reports.start(request.commune(), request.planId(), period(request.period()), due(request.due()));
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("processInstanceId", instance,
        "message", messages.get("report.api.started")));
  }

  record StartReport(String commune, String period, Long planId, String due) {
  }

  /** {@code {"canStart": true}} when the caller may start an ad-hoc report of the commune (the report screen). */
  @GetMapping("/can-start")
  Map<String, Boolean> canStart(@RequestParam String commune) {
    return Map.of("canStart", reports.canStart(commune));
  }

  /** The commune's report calendar: one row per scheduled or ad-hoc report of its plans. */
  @GetMapping("/calendar")
  List<ReportViews.CalendarRow> calendar(@RequestParam String commune) {
    return reports.calendar(commune);
  }

  /** The draft of a running report: what the chair reads before approving. */
  @GetMapping("/draft/{processInstanceId}/docx")
  ResponseEntity<byte[]> draft(@PathVariable String processInstanceId) {
    return file("du-thao-bao-cao-" + processInstanceId + ".docx", DOCX, reports.draft(processInstanceId));
  }

  /** Issued reports the caller may read, of one commune when {@code commune} is given. */
  @GetMapping
  List<ReportViews.IssuedReport> issued(@RequestParam(required = false) String commune) {
    return reports.issued(commune);
  }

  @GetMapping("/{id}/docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    return document(id, ReportDocument.Kind.DOCX);
  }

  @GetMapping("/{id}/xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    return document(id, ReportDocument.Kind.XLSX);
  }

  private ResponseEntity<byte[]> document(long id, ReportDocument.Kind kind) {
    ReportDocument document = reports.document(id, kind).orElseThrow(() ->
        new OfficialRefusal(OfficialRefusal.Kind.NOT_FOUND, messages.get("report.api.notFound", id)));
    return file(document.getFileName(), MediaType.parseMediaType(document.getMimeType()), document.getContent());
  }

  @GetMapping("/summary")
  ReportFigures summary(@RequestParam String commune, @RequestParam String period) {
    ReportPeriod p = period(period);
    if (!access.canReadCommune(commune)) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get("report.api.summaryForbidden"));
    }
    return calculator.figures(commune, p, Map.of());
  }

  /** One plan's progress now, by area and unit, with its overdue tasks (the Cockpit dashboard). */
  @GetMapping("/plan/{planId}")
  ReportFigures plan(@PathVariable long planId) {
    var plan = catalog.find(planId).filter(p -> access.canReadCommune(p.getCommune()))
        .orElseThrow(() -> new OfficialRefusal(OfficialRefusal.Kind.NOT_FOUND,
            messages.get("report.api.planFiguresNotFound", planId)));
    if (access.canFollowReports(plan.getCommune())) {
      return calculator.planFigures(plan);
    }
    // an officer's view of the plan's figures holds what the plan's task list shows them
    java.util.Set<Long> visible = plans.visibleTasks(planId).tasks().stream().map(vn.cchcflow.plan.PlanTask::getId)
        .collect(java.util.stream.Collectors.toSet());
    return calculator.planFigures(plan, task -> visible.contains(task.getId()));
  }

  /** Every commune for the period: task counts, rank, and reports due and delivered on time. */
  @GetMapping("/city")
  ReportViews.City city(@RequestParam String period) {
    return reports.city(period(period));
  }

  @GetMapping("/city.xlsx")
  ResponseEntity<byte[]> cityXlsx(@RequestParam String period) {
    CityRollup rollup = reports.rollup(period(period));
    return file("tong-hop-" + rollup.period().code() + ".xlsx", XLSX, XlsxCityRollupWriter.write(rollup));
  }

  private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .contentType(type).body(content);
  }

  private ReportPeriod period(String code) {
    return ReportPeriod.parse(code).orElseThrow(() -> new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT,
        messages.get("report.api.badPeriod", code)));
  }

  private LocalDate due(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("report.api.badDue", text));
    }
  }

  @ExceptionHandler(OfficialRefusal.class)
  ResponseEntity<ApiError> refused(OfficialRefusal e) {
    return ResponseEntity.status(e.kind().httpStatus()).body(ApiError.of(e.getMessage()));
  }
}
