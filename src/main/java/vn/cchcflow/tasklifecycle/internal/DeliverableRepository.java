package vn.cchcflow.tasklifecycle.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliverableRepository extends JpaRepository<DeliverableEntity, Long> {

  List<DeliverableEntity> findByPlanTaskIdOrderByPosition(long planTaskId);

  List<DeliverableEntity> findByPlanTaskIdInOrderByPlanTaskIdAscPositionAsc(Collection<Long> planTaskIds);
}
