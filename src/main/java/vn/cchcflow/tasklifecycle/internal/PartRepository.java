package vn.cchcflow.tasklifecycle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartRepository extends JpaRepository<PartEntity, Long> {

  @ReadsOwnRows
  @Query("select p from PartEntity p where p.deliverableId = ?1 order by p.id")
  List<PartEntity> findByDeliverableIdOrderById(long deliverableId);

  @ReadsOwnRows
  @Query("select p from PartEntity p where p.deliverableId in ?1 order by p.id")
  List<PartEntity> findByDeliverableIdInOrderById(java.util.Collection<Long> deliverableIds);
}
