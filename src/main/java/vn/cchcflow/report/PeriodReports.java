package vn.cchcflow.report;

import static vn.cchcflow.report.PeriodReportProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.VietnamTime;

/**
 * The report process's work, for its delegates and the draft download: the content from the process's
 * variables (compute), the draft DOCX the chair reads, and issuing in its steps (compute → render → archive,
 * then deliver).
 */
@Service
public class PeriodReports {

  private final ReportCompiler compiler;
  private final ReportRenderer renderer;
  private final ReportArchive archive;
  private final ReportDeliveries deliveries;
  private final ReportRecords records;
  private final ReportFrames frames;
  private final ReportKindTexts kinds;
  private final ReportPreview preview;
  private final PlanCatalog plans;
  private final CommuneDirectory communes;
  private final RuntimeService runtime;
  private final IdentityService identity;

  PeriodReports(ReportCompiler compiler, ReportRenderer renderer, ReportArchive archive, ReportDeliveries deliveries,
                ReportRecords records, ReportFrames frames, Messages messages, PlanCatalog plans,
                CommuneDirectory communes, RuntimeService runtime, IdentityService identity) {
    this.compiler = compiler;
    this.renderer = renderer;
    this.archive = archive;
    this.deliveries = deliveries;
    this.records = records;
    this.frames = frames;
    this.kinds = new ReportKindTexts(messages);
    this.preview = new ReportPreview(messages);
    this.plans = plans;
    this.communes = communes;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Task_ComputeReportFigures: the draft's content shown to the coordinating unit and the leaders. */
  public void prepareConsolidation(DelegateExecution execution) {
    if (execution.getVariable(PROPOSALS) == null) {
      execution.setVariable(PROPOSALS, ReportCompiler.unitProposals(unitReports(execution.getVariables())));
    }
    ReportContent content = content(execution.getVariables());
    // the preview outgrows Camunda's 4000-character strings: stored as a JSON value
    execution.setVariable(REPORT_PREVIEW, Variables.objectValue(preview.markdown(content))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    execution.setVariable(DRAFT_URL, "/api/reports/draft/" + execution.getProcessInstanceId() + "/docx");
    records.advance(execution.getProcessInstanceId(), ReportState.UNITS_REPORTED);
  }

  /** The draft DOCX of a running report, as it would be issued now (no number, no date yet). */
  public byte[] draftDocx(String processInstanceId) {
    Map<String, Object> variables = EngineAsSystem.call(identity, () -> runtime.getVariables(processInstanceId));
    ReportContent content = content(variables);
    Commune commune = communes.find(content.figures().communeId()).orElseThrow();
    return renderer.docx(content, frames.draft(commune, recipients(content, commune)));
  }

  /** Task_IssueReport: compute, render, archive; returns the archived report. */
  public ReportRecord issue(DelegateExecution execution) {
    ReportContent content = content(execution.getVariables());
    Commune commune = communes.find(content.figures().communeId()).orElseThrow();
    LocalDate today = VietnamTime.today();
    ReportRecord record = records.byProcess(execution.getProcessInstanceId()).orElseThrow();
    String issuedBy = (String) execution.getVariable(ISSUED_BY);
    ReportDocumentInfo info = frames.issued(commune, records.nextNumber(commune.id(), today, frames.numberSuffix()),
        today, issuedBy, recipients(content, commune));
    ReportRenderer.Rendered rendered = renderer.render(content, info);
    return archive.archive(record, info, rendered, issuedBy);
  }

  /** Task_DeliverReport: sends the issued report to each recipient. */
  public void deliver(DelegateExecution execution) {
    deliveries.deliver(records.byProcess(execution.getProcessInstanceId()).orElseThrow());
  }

  ReportContent content(Map<String, Object> variables) {
    Plan plan = plans.find(((Number) variables.get(PLAN_ID)).longValue()).orElseThrow();
    ReportPeriod period = ReportPeriod.parse((String) variables.get(PERIOD)).orElseThrow();
    @SuppressWarnings("unchecked")
    List<String> covers = (List<String>) variables.getOrDefault(COVERS, List.of());
    return compiler.compile(plan, period, unitReports(variables), (String) variables.get(ASSESSMENT),
        (String) variables.get(PROPOSALS), covers == null ? List.of() : covers);
  }

  private List<String> recipients(ReportContent content, Commune commune) {
    Plan plan = plans.find(content.planId()).orElseThrow();
    return kinds.recipients(content.kind(), plan.getCommitments().recipients(), commune);
  }

  /** The units' own reports, in the order of their groups. */
  @SuppressWarnings("unchecked")
  static List<UnitReport> unitReports(Map<String, Object> variables) {
    Map<String, UnitReport> byUnit = new TreeMap<>();
    variables.forEach((name, value) -> {
      if (name.startsWith(UNIT_REPORT_PREFIX) && value instanceof Map<?, ?> map) {
        byUnit.put(name, UnitReport.fromMap((Map<String, Object>) map));
      }
    });
    return new ArrayList<>(byUnit.values());
  }

}
