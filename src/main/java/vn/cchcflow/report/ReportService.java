package vn.cchcflow.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.notification.SentNotices;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanAccess;
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.VietnamTime;

/** The report API's work: the calendar, ad-hoc reports, drafts, the archive and its downloads, the city view. */
@Service
class ReportService {

  private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
  private static final LocalDate EVER_TO = LocalDate.of(9999, 12, 31);

  private final ReportRecords records;
  private final ReportRecordRepository recordRepository;
  private final ReportDocumentRepository documents;
  private final ReportDeliveryRepository deliveries;
  private final ReportAccess access;
  private final PlanAccess planAccess;
  private final PlanCatalog plans;
  private final ReportStarter starter;
  private final PeriodReports periodReports;
  private final ReportCalculator calculator;
  private final CommuneDirectory communes;
  private final SentNotices sent;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Messages messages;

  ReportService(ReportRecords records, ReportRecordRepository recordRepository, ReportDocumentRepository documents,
                ReportDeliveryRepository deliveries, ReportAccess access, PlanAccess planAccess, PlanCatalog plans,
                ReportStarter starter, PeriodReports periodReports, ReportCalculator calculator,
                CommuneDirectory communes, SentNotices sent, RuntimeService runtime, IdentityService identity,
                Messages messages) {
    this.records = records;
    this.recordRepository = recordRepository;
    this.documents = documents;
    this.deliveries = deliveries;
    this.access = access;
    this.planAccess = planAccess;
    this.plans = plans;
    this.starter = starter;
    this.periodReports = periodReports;
    this.calculator = calculator;
    this.communes = communes;
    this.sent = sent;
    this.runtime = runtime;
    this.identity = identity;
    this.messages = messages;
  }

  /** Starts an ad-hoc report (the coordinating unit, or the operator); {@code planId} may be left out when the
   * commune has one plan covering the period. */
  String start(String communeId, Long planId, ReportPeriod period, LocalDate due) {
    Commune commune = commune(communeId);
    if (!planAccess.canRegister(commune)) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get("report.api.startForbidden",
          commune.name()));
    }
    List<Plan> found = plans.overlapping(List.of(commune.id()), period.start(), period.end());
    Plan plan;
    if (planId != null) {
      plan = plans.find(planId).filter(p -> p.getCommune().equals(commune.id())).orElseThrow(() ->
          new OfficialRefusal(OfficialRefusal.Kind.NOT_FOUND, messages.get("report.api.planNotFound", planId,
              commune.name())));
    } else if (found.size() == 1) {
      plan = found.get(0);
    } else if (found.isEmpty()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("report.api.noPlanInPeriod",
          commune.name(), period.label()));
    } else {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("report.api.choosePlan",
          found.stream().map(p -> p.getId() + " (" + p.getCode() + ")").collect(Collectors.joining(", "))));
    }
    LocalDate today = VietnamTime.today();
    LocalDate reportDue = due != null ? due : ReportSchedule.dueFor(period).isBefore(today.plusDays(7))
        ? today.plusDays(7) : ReportSchedule.dueFor(period);
    if (reportDue.isBefore(today)) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("report.api.dueInPast",
          reportDue.toString()));
    }
    return starter.startAdHoc(plan, period, reportDue);
  }

  /** Whether the caller may start an ad-hoc report of the commune (as {@link #start} decides). */
  boolean canStart(String communeId) {
    return planAccess.canRegister(commune(communeId));
  }

  /** The commune's report calendar: every scheduled report of its plans, and every ad-hoc one. */
  @Transactional(readOnly = true)
  List<ReportViews.CalendarRow> calendar(String communeId) {
    Commune commune = commune(communeId);
    if (!access.canFollowReports(commune.id())) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get("report.api.forbidden", commune.name()));
    }
    LocalDate today = VietnamTime.today();
    List<ReportViews.CalendarRow> rows = new ArrayList<>();
    for (Plan plan : plans.overlapping(List.of(commune.id()), EVER_FROM, EVER_TO)) {
      List<ReportRecord> opened = new ArrayList<>(records.ofPlan(plan.getId()));
      for (ReportDues.Due due : ReportDues.of(plan.getCommitments().reporting())) {
        Optional<ReportRecord> record = opened.stream()
            .filter(r -> !r.isAdHoc() && due.due().equals(r.getDueDate())).findFirst();
        record.ifPresent(opened::remove);
        rows.add(record.map(r -> row(plan, r, today)).orElseGet(() -> {
          ReportPeriod period = ReportPeriod.parse(due.period()).orElseThrow();
          return new ReportViews.CalendarRow(plan.getId(), plan.getCode(), period.code(), period.label(), due.due(),
              ReportState.PLANNED, today.isAfter(due.due()), false, due.covers(), null, null, null, null, null);
        }));
      }
      opened.forEach(r -> rows.add(row(plan, r, today)));
    }
    rows.sort(Comparator.comparing(ReportViews.CalendarRow::due, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ReportViews.CalendarRow::planId));
    return rows;
  }

  private static ReportViews.CalendarRow row(Plan plan, ReportRecord r, LocalDate today) {
    boolean issued = r.getState() == ReportState.ISSUED;
    boolean late = issued ? !r.onTime() : r.getDueDate() != null && today.isAfter(r.getDueDate());
    return new ReportViews.CalendarRow(plan.getId(), plan.getCode(), r.getPeriodCode(), r.getPeriodLabel(),
        r.getDueDate(), r.getState(), late, r.isAdHoc(), r.getCovers(), r.getProcessInstanceId(),
        issued ? r.getId() : null, issued ? null : draftUrl(r.getProcessInstanceId()),
        issued ? docUrl(r.getId(), "docx") : null, issued ? docUrl(r.getId(), "xlsx") : null);
  }

  /** The draft DOCX of a running report, for the commune's coordinating unit and leaders and the city. */
  byte[] draft(String processInstanceId) {
    ReportRecord record = records.byProcess(processInstanceId)
        .filter(r -> access.canFollowReports(r.getCommune()))
        .orElseThrow(() -> new OfficialRefusal(OfficialRefusal.Kind.NOT_FOUND,
            messages.get("report.api.draftNotFound")));
    boolean running = EngineAsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0);
    if (!running || record.getState() == ReportState.ISSUED) {
      throw new OfficialRefusal(OfficialRefusal.Kind.NOT_FOUND, messages.get("report.api.draftIssued"));
    }
    return periodReports.draftDocx(processInstanceId);
  }

  /** Issued reports the caller may read: of one commune, or of every commune the caller follows. */
  @Transactional(readOnly = true)
  List<ReportViews.IssuedReport> issued(String communeId) {
    Collection<String> ids;
    if (communeId != null && !communeId.isBlank()) {
      Commune commune = commune(communeId);
      if (!access.canFollowReports(commune.id())) {
        throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN,
            messages.get("report.api.forbidden", commune.name()));
      }
      ids = List.of(commune.id());
    } else {
      ids = communes.all().stream().map(Commune::id).filter(access::canFollowReports).toList();
      if (ids.isEmpty()) {
        return List.of();
      }
    }
    List<ReportRecord> issued = recordRepository.findByCommuneInOrderByDueDateAscIdAsc(ids).stream()
        .filter(r -> r.getState() == ReportState.ISSUED)
        .sorted(Comparator.comparing(ReportRecord::getIssuedAt, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
    Map<Long, List<ReportDelivery>> byReport = new HashMap<>();
    if (!issued.isEmpty()) {
      deliveries.findByReportIdInOrderByReportIdAscPositionAsc(issued.stream().map(ReportRecord::getId).toList())
          .forEach(d -> byReport.computeIfAbsent(d.getReportId(), k -> new ArrayList<>()).add(d));
    }
    return issued.stream().map(r -> view(r, byReport.getOrDefault(r.getId(), List.of()))).toList();
  }

  private ReportViews.IssuedReport view(ReportRecord r, List<ReportDelivery> list) {
    List<ReportViews.Delivery> views = list.stream().map(d -> {
      var state = d.getDedupKey() == null ? Optional.<SentNotices.State>empty() : sent.find(d.getDedupKey());
      return new ReportViews.Delivery(d.getRecipient(), d.getChannel(), d.getAddressees(), d.getQueuedAt(),
          state.map(SentNotices.State::status).orElse(null), state.map(SentNotices.State::sentAt).orElse(null),
          d.getReceivedAt(), d.getReceivedBy());
    }).toList();
    return new ReportViews.IssuedReport(r.getId(), r.getCommune(),
        communes.find(r.getCommune()).map(Commune::name).orElse(r.getCommune()), r.getPlanId(), r.getPlanCode(),
        r.getPeriodCode(), r.getPeriodLabel(), r.isAdHoc(), r.getCovers(), r.getTitle(), r.getNumber(),
        r.getDocumentDate(), r.getSignerName(), r.getSignerTitle(), r.getDueDate(), r.getIssuedAt(), r.getIssuedBy(),
        r.onTime(), r.getProcessInstanceId(), r.getRecipients(), views, docUrl(r.getId(), "docx"),
        docUrl(r.getId(), "xlsx"));
  }

  /** An archived document; a download by the city's Sở Nội vụ records the report as received there. */
  @Transactional
  Optional<ReportDocument> document(long id, ReportDocument.Kind kind) {
    Optional<ReportRecord> report = records.byId(id).filter(r -> r.getState() == ReportState.ISSUED)
        .filter(r -> access.canFollowReports(r.getCommune()));
    if (report.isPresent() && access.isCity()) {
      OffsetDateTime now = OffsetDateTime.ofInstant(VietnamTime.now().toInstant(), VietnamTime.ZONE);
      deliveries.findByReportIdInOrderByReportIdAscPositionAsc(List.of(id)).stream()
          .filter(d -> d.getChannel() == ReportDelivery.Channel.CITY).forEach(d -> {
            d.received(now, access.currentUser());
            deliveries.save(d);
          });
    }
    return report.flatMap(r -> documents.findByReportIdAndKind(r.getId(), kind));
  }

  /** The city's comparison for a period, with each commune's reports due and delivered on time. */
  @Transactional(readOnly = true)
  ReportViews.City city(ReportPeriod period) {
    if (!access.canReadCity()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get("report.api.cityOnly"));
    }
    CityRollup rollup = calculator.rollup(period);
    Map<String, int[]> reports = new HashMap<>();
    List<String> ids = rollup.communes().stream().map(CityRollup.Row::communeId).toList();
    Map<Long, List<ReportRecord>> byPlan = recordRepository.findByCommuneInOrderByDueDateAscIdAsc(ids).stream()
        .filter(r -> r.getPlanId() != null).collect(Collectors.groupingBy(ReportRecord::getPlanId));
    for (Plan plan : plans.overlapping(ids, EVER_FROM, EVER_TO)) {
      int[] counts = reports.computeIfAbsent(plan.getCommune(), c -> new int[2]);
      for (ReportDues.Due due : ReportDues.of(plan.getCommitments().reporting())) {
        if (due.due().isBefore(period.start()) || due.due().isAfter(period.end())) {
          continue;
        }
        counts[0]++;
        if (byPlan.getOrDefault(plan.getId(), List.of()).stream()
            .anyMatch(r -> !r.isAdHoc() && due.due().equals(r.getDueDate()) && r.onTime())) {
          counts[1]++;
        }
      }
    }
    return new ReportViews.City(period, rollup.communes().stream().map(row -> {
      int[] c = reports.getOrDefault(row.communeId(), new int[2]);
      return new ReportViews.CityRow(row.rank(), row.communeId(), row.communeName(), row.counts(), c[0], c[1]);
    }).toList());
  }

  CityRollup rollup(ReportPeriod period) {
    if (!access.canReadCity()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get("report.api.cityOnly"));
    }
    return calculator.rollup(period);
  }

  private Commune commune(String id) {
    return communes.find(id).orElseThrow(() -> new OfficialRefusal(OfficialRefusal.Kind.NOT_FOUND,
        messages.get("report.api.communeUnknown", id)));
  }

  private static String draftUrl(String processInstanceId) {
    return processInstanceId == null ? null : "/api/reports/draft/" + processInstanceId + "/docx";
  }

  private static String docUrl(long id, String kind) {
    return "/api/reports/" + id + "/" + kind;
  }
}
