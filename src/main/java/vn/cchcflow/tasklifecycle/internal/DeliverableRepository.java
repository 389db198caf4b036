package vn.cchcflow.tasklifecycle.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliverableRepository extends JpaRepository<DeliverableEntity, Long> {

  @ReadsOwnRows
  @Query("select d from DeliverableEntity d where d.planTaskId = ?1 order by d.position")
  List<DeliverableEntity> findByPlanTaskIdOrderByPosition(long planTaskId);

  @ReadsOwnRows
  @Query("select d from DeliverableEntity d where d.planTaskId in ?1 order by d.planTaskId, d.position")
  List<DeliverableEntity> findByPlanTaskIdInOrderByPlanTaskIdAscPositionAsc(Collection<Long> planTaskIds);
}
