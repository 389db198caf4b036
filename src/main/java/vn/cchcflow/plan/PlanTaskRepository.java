package vn.cchcflow.plan;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PlanTaskRepository extends Repository<PlanTask, Long> {

  Optional<PlanTask> findById(Long id);

  Optional<PlanTask> findByProcessInstanceId(String processInstanceId);
}
