package vn.cchcflow.tasklifecycle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartRepository extends JpaRepository<PartEntity, Long> {

  List<PartEntity> findByDeliverableIdOrderById(long deliverableId);

  List<PartEntity> findByDeliverableIdInOrderById(java.util.Collection<Long> deliverableIds);
}
