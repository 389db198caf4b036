package vn.cchcflow.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface FactChangeRepository extends Repository<FactChange, Long> {

  FactChange save(FactChange change);

  List<FactChange> findByCommuneInOrderByChangedAtDescIdDesc(Collection<String> communes);

  List<FactChange> findAllByOrderByChangedAtDescIdDesc();

  List<FactChange> findByPlanIdOrderByChangedAtAscIdAsc(long planId);

  List<FactChange> findByPlanIdAndTaskNumberOrderByChangedAtAscIdAsc(long planId, String taskNumber);
}
