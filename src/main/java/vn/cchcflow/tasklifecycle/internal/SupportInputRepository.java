package vn.cchcflow.tasklifecycle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportInputRepository extends JpaRepository<SupportInputEntity, Long> {

  List<SupportInputEntity> findByPartIdOrderById(long partId);
}
