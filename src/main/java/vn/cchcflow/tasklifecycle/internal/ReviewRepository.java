package vn.cchcflow.tasklifecycle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<ReviewEntity, Long> {

  List<ReviewEntity> findByPartIdOrderById(long partId);
}
