package vn.cchcflow.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.TaskStatus;
import vn.cchcflow.system.DayFormats;

/**
 * The data a report template is filled with: one value per tag of {@code templates/report/bao-cao-dinh-ky.docx}
 * (README "Report template" lists them for office staff). Sentences come from {@code messages.properties}
 * ({@code report.doc.*}); numbers and names from the report's content.
 */
final class ReportTemplateModel {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final Messages m;
  private final ReportKindTexts kinds;

  ReportTemplateModel(Messages messages) {
    this.m = messages;
    this.kinds = new ReportKindTexts(messages);
  }

  /** The report's subject as its title says it: "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026". */
  String summary(ReportContent c) {
    String subject = kinds.subject(c.kind(), c.planTitle());
    return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + c.figures().period().label();
  }

  Map<String, Object> of(ReportContent c, ReportDocumentInfo info) {
    ReportFigures f = c.figures();
    String issuer = blank(info.issuingBody()) ? f.communeName() : info.issuingBody().strip();
    String subject = kinds.subject(c.kind(), c.planTitle());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("superiorBody", blank(info.superiorBody()) ? "" : String.join("\n", upperLines(info.superiorBody())));
    model.put("issuingBody", String.join("\n", upperLines(issuer)));
    model.put("number", info.number() == null ? "" : info.number());
    model.put("placeAndDate", placeAndDate(info.place(), info.date(), f.asOf()));
    model.put("summary", summary(c) + (c.coveredPeriods().isEmpty() ? ""
        : " " + m.get("report.doc.covers", String.join(", ", c.coveredPeriods()))));
    model.put("legalBasis", kinds.legalBasis(c.kind(), c.planTitle()));
    model.put("intro", m.get("report.doc.intro", issuer, subject, f.period().label()));
    model.put("totalsSentence", totals(f));
    model.put("areas", areas(c));
    model.put("areaRows", countRows(f.byArea()));
    model.put("areaSum", counts(f.total()));
    model.put("unitRows", countRows(f.byUnit()));
    model.put("unitSum", counts(f.total()));
    int unitSum = f.byUnit().stream().mapToInt(g -> g.counts().total()).sum();
    model.put("unitNote", unitSum != f.total().total() ? List.of(Map.of("text", m.get("report.doc.unitNote")))
        : List.of());
    standingDuties(f, model);
    overdue(c, model);
    targets(c, model);
    model.put("assessment", paragraphs(c.assessment()));
    model.put("hasObstacles", !c.obstacles().isEmpty());
    model.put("obstacles", c.obstacles().stream().map(o -> Map.of("unit", o.unit(), "text", o.text())).toList());
    next(c, model);
    List<Map<String, Object>> proposals = paragraphs(c.proposals());
    model.put("proposals", proposals.isEmpty() ? List.of(Map.of("text", m.get("report.doc.noProposals"))) : proposals);
    model.put("closing", m.get("report.doc.closing", subject, f.period().label(), issuer));
    model.put("recipients", recipientLines(info.recipients()).stream().map(l -> Map.of("line", l)).toList());
    model.put("signerAuthority", blank(info.signerAuthority()) ? ""
        : String.join("\n", Arrays.stream(info.signerAuthority().split("\\R")).map(ReportTemplateModel::upper).toList()));
    model.put("signerTitle", blank(info.signerTitle()) ? "" : upper(info.signerTitle()));
    model.put("signerName", text(info.signerName()));
    return model;
  }

  private String totals(ReportFigures f) {
    StatusCounts t = f.total();
    return m.get("report.doc.totals", DayFormats.OFFICIAL.format(f.asOf()), t.total(), t.doneOnTime(), t.doneLate(), t.inProgress(),
        t.overdue(), t.noDeadline(), rate(t.completionRate()));
  }

  private List<Map<String, Object>> areas(ReportContent c) {
    List<Map<String, Object>> areas = new ArrayList<>();
    for (ReportContent.AreaResult area : c.areas()) {
      Map<String, Object> a = new LinkedHashMap<>();
      StatusCounts k = area.counts();
      a.put("name", area.name());
      a.put("reports", area.reports().stream().map(r -> Map.of("unit", r.unit(), "text", oneParagraph(r.text())))
          .toList());
      a.put("noReports", area.reports().isEmpty() ? m.get("report.doc.area.noReports") + " " : "");
      a.put("countsSentence", m.get("report.doc.area.counts", k.total(), k.doneOnTime(), k.doneLate(),
          k.inProgress(), k.overdue(), k.noDeadline()));
      areas.add(a);
    }
    return areas;
  }

  private void standingDuties(ReportFigures f, Map<String, Object> model) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 1;
    int onTime = 0;
    int expected = 0;
    for (ReportFigures.StandingDutyLine d : f.standingDuties()) {
      rows.add(Map.of("n", String.valueOf(n++), "task", d.number() + ": " + text(d.content()),
          "due", d.due() == null ? "" : DayFormats.OFFICIAL.format(d.due()),
          "submitted", m.get("report.doc.standing.submitted", d.onTime(), d.units(), d.late()),
          "missing", d.missingUnits().isEmpty() ? m.get("report.doc.standing.noneMissing")
              : String.join(", ", d.missingUnits())));
      onTime += d.onTime();
      expected += d.units();
    }
    model.put("hasStandingDuties", !rows.isEmpty());
    model.put("standingDutyRows", rows);
    model.put("standingDutiesIntro", rows.isEmpty() ? m.get("report.doc.standing.none")
        : m.get("report.doc.standing.count", rows.size(), onTime, expected));
  }

  private void overdue(ReportContent c, Map<String, Object> model) {
    List<Map<String, Object>> rows = new ArrayList<>();
    boolean severalPlans = false;
    int n = 1;
    for (ReportContent.OverdueItem item : c.overdue()) {
      ReportFigures.TaskLine t = item.task();
      rows.add(Map.of("n", String.valueOf(n++), "task", t.number() + ": " + text(t.content()), "unit",
          text(t.leadUnits()), "due", t.due() == null ? text(t.deadlineText()) : DayFormats.OFFICIAL.format(t.due()),
          "days", String.valueOf(t.daysOverdue()),
          "reason", blank(item.reason()) ? m.get("report.doc.overdue.noReason") : item.reason().strip(),
          "newDue", item.proposedDue() == null ? "" : DayFormats.OFFICIAL.format(item.proposedDue())));
    }
    model.put("hasOverdue", !rows.isEmpty());
    model.put("overdueRows", rows);
    model.put("overdueIntro", rows.isEmpty() ? m.get("report.doc.overdue.none")
        : m.get("report.doc.overdue.count", rows.size()));
  }

  private void targets(ReportContent c, Map<String, Object> model) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 1;
    for (ReportContent.TargetResult t : c.targets()) {
      rows.add(Map.of("n", String.valueOf(n++), "text", text(t.text()), "goal", text(t.goal()),
          "value", t.value() == null ? m.get("report.doc.target.noValue") : t.value(),
          "verdict", t.met() == null ? (t.value() == null ? m.get("report.doc.target.noValue")
              : m.get("report.doc.target.unjudged")) : t.met() ? m.get("report.doc.target.met")
              : m.get("report.doc.target.notMet"),
          "source", text(t.sourceText())));
    }
    model.put("hasTargets", !rows.isEmpty());
    model.put("targetRows", rows);
    model.put("targetsIntro", rows.isEmpty() ? m.get("report.doc.targets.none") : m.get("report.doc.targets.intro"));
  }

  private void next(ReportContent c, Map<String, Object> model) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 1;
    for (ReportContent.NextTask t : c.nextTasks()) {
      rows.add(Map.of("n", String.valueOf(n++), "task", t.number() + ": " + text(t.content()), "unit",
          text(t.leadUnits()), "due", t.due() == null ? "" : DayFormats.OFFICIAL.format(t.due()), "note", text(t.note())));
    }
    model.put("nextPeriodLabel", upper(c.nextPeriod().label()));
    model.put("hasNext", !rows.isEmpty());
    model.put("nextRows", rows);
    model.put("nextIntro", rows.isEmpty() ? m.get("report.doc.next.none", c.nextPeriod().label())
        : m.get("report.doc.next.intro", c.nextPeriod().label(), rows.size()));
  }

  private static List<Map<String, Object>> countRows(List<ReportFigures.Group> groups) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Map<String, Object> row = counts(groups.get(i).counts());
      row.put("n", String.valueOf(i + 1));
      row.put("name", groups.get(i).name());
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> counts(StatusCounts c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("total", String.valueOf(c.total()));
    row.put("onTime", String.valueOf(c.doneOnTime()));
    row.put("late", String.valueOf(c.doneLate()));
    row.put("inProgress", String.valueOf(c.inProgress()));
    row.put("overdue", String.valueOf(c.overdue()));
    row.put("noDeadline", String.valueOf(c.noDeadline()));
    return row;
  }

  private String statusName(TaskStatus status) {
    return status == null ? "" : m.get("report.status." + status.name());
  }

  /** "Nam An Phụ, ngày 25 tháng 3 năm 2026": day below 10 and months 1 and 2 with a leading zero (NĐ 30). */
  String placeAndDate(String place, LocalDate date, LocalDate fallbackYear) {
    String day = date == null ? m.get("report.doc.dateBlank", String.valueOf(fallbackYear.getYear()))
        : m.get("report.doc.date", String.format(Locale.ROOT, "%02d", date.getDayOfMonth()),
            date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue()),
            String.valueOf(date.getYear()));
    return blank(place) ? Character.toUpperCase(day.charAt(0)) + day.substring(1) : place.strip() + ", " + day;
  }

  /** A body's name in upper case, "ỦY BAN NHÂN DÂN" on its own line when the whole would not fit. */
  static List<String> upperLines(String body) {
    String upper = upper(body);
    if (upper.contains("\n")) {
      return Arrays.stream(upper.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    for (String prefix : List.of("ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ")) {
      if (upper.startsWith(prefix) && upper.length() > 26) {
        return List.of(prefix.strip(), upper.substring(prefix.length()).strip());
      }
    }
    return List.of(upper);
  }

  /** "- Sở Nội vụ;" … "- Lưu: VT, VHXH." */
  static List<String> recipientLines(List<String> recipients) {
    List<String> names = recipients.stream().filter(r -> !blank(r))
        .map(r -> r.strip().replaceFirst("^-\\s*", "").replaceFirst("[;.,]+$", "")).toList();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      lines.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"));
    }
    return lines;
  }

  private static List<Map<String, Object>> paragraphs(String text) {
    if (blank(text)) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> Map.<String, Object>of("text", s)).toList();
  }

  private static String oneParagraph(String text) {
    return String.join(" ", Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  static String upper(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toUpperCase(VIETNAMESE);
  }

  static String rate(double percent) {
    return percent == Math.rint(percent) ? String.valueOf((long) percent)
        : String.format(Locale.ROOT, "%.1f", percent).replace('.', ',');
  }

  private static String text(String value) {
    return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
