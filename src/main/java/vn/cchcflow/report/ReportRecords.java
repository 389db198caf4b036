package vn.cchcflow.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.system.VietnamTime;

/** The application's record of each period report: opened, moved along its states, looked up. */
@Service
public class ReportRecords {

  private final ReportRecordRepository records;

  ReportRecords(ReportRecordRepository records) {
    this.records = records;
  }

  @Transactional
  public ReportRecord open(Plan plan, ReportPeriod period, List<String> covers, LocalDate due, boolean adHoc,
                           String processInstanceId) {
    return records.save(new ReportRecord(plan.getCommune(), plan.getId(), plan.getCode(), period, covers, due, adHoc,
        processInstanceId, OffsetDateTime.ofInstant(VietnamTime.now().toInstant(), VietnamTime.ZONE)));
  }

  /** Moves the report of that process to the state (an issued report stays issued). */
  @Transactional
  public void advance(String processInstanceId, ReportState state) {
    records.findByProcessInstanceId(processInstanceId).ifPresent(r -> {
      r.advance(state);
      records.save(r);
    });
  }

  @Transactional(readOnly = true)
  public Optional<ReportRecord> byProcess(String processInstanceId) {
    return records.findByProcessInstanceId(processInstanceId);
  }

  @Transactional(readOnly = true)
  public Optional<ReportRecord> byId(long id) {
    return records.findById(id);
  }

  @Transactional(readOnly = true)
  List<ReportRecord> ofCommunes(Collection<String> communes) {
    return records.findByCommuneInOrderByDueDateAscIdAsc(communes);
  }

  @Transactional(readOnly = true)
  List<ReportRecord> ofPlan(long planId) {
    return records.findByPlanIdOrderByDueDateAscIdAsc(planId);
  }

  /** The plan's scheduled reports due by {@code asOf}, and how many were issued by their due date. */
  @Transactional(readOnly = true)
  TargetResults.ReportsDelivered deliveredOnTime(Plan plan, LocalDate asOf) {
    List<ReportRecord> mine = records.findByPlanIdOrderByDueDateAscIdAsc(plan.getId());
    int due = 0;
    int onTime = 0;
    for (ReportDues.Due d : ReportDues.of(plan.getCommitments().reporting())) {
      if (d.due().isAfter(asOf)) {
        continue;
      }
      due++;
      if (mine.stream().anyMatch(r -> !r.isAdHoc() && d.due().equals(r.getDueDate()) && r.onTime())) {
        onTime++;
      }
    }
    return new TargetResults.ReportsDelivered(due, onTime);
  }

  /** The next number of the commune's reports in the year ("12/BC-UBND"). */
  @Transactional(readOnly = true)
  String nextNumber(String commune, LocalDate date, String suffix) {
    long issued = records.countByCommuneAndStateAndDocumentDateBetween(commune, ReportState.ISSUED,
        date.withDayOfYear(1), date.withDayOfYear(date.lengthOfYear()));
    return (issued + 1) + suffix;
  }

  @Transactional
  ReportRecord save(ReportRecord record) {
    return records.save(record);
  }
}
