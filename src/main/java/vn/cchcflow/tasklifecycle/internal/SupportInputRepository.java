package vn.cchcflow.tasklifecycle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportInputRepository extends JpaRepository<SupportInputEntity, Long> {

  @ReadsOwnRows
  @Query("select s from SupportInputEntity s where s.partId = ?1 order by s.id")
  List<SupportInputEntity> findByPartIdOrderById(long partId);
}
