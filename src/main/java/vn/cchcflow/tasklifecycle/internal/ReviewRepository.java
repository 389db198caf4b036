package vn.cchcflow.tasklifecycle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<ReviewEntity, Long> {

  @ReadsOwnRows
  @Query("select r from ReviewEntity r where r.partId = ?1 order by r.id")
  List<ReviewEntity> findByPartIdOrderById(long partId);
}
