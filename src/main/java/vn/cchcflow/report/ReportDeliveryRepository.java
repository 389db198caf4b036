package vn.cchcflow.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface ReportDeliveryRepository extends Repository<ReportDelivery, Long> {

  ReportDelivery save(ReportDelivery delivery);

  List<ReportDelivery> findByReportIdInOrderByReportIdAscPositionAsc(Collection<Long> reportIds);
}
