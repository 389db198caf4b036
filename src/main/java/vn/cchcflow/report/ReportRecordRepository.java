package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ReportRecordRepository extends Repository<ReportRecord, Long> {

  ReportRecord save(ReportRecord report);

  Optional<ReportRecord> findById(Long id);

  Optional<ReportRecord> findByProcessInstanceId(String processInstanceId);

  List<ReportRecord> findByCommuneInOrderByDueDateAscIdAsc(Collection<String> communes);

  List<ReportRecord> findByPlanIdOrderByDueDateAscIdAsc(long planId);

  long countByCommuneAndStateAndDocumentDateBetween(String commune, ReportState state, LocalDate from, LocalDate to);
}
