package vn.cchcflow.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface IssuedReportRepository extends Repository<IssuedReport, Long> {

  IssuedReport save(IssuedReport report);

  Optional<IssuedReport> findById(Long id);

  List<IssuedReport> findByCommuneInOrderByIssuedAtDesc(Collection<String> communes);

  List<IssuedReport> findAllByOrderByIssuedAtDesc();
}
