package vn.cchcflow.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends Repository<Plan, Long> {

  Plan save(Plan plan);

  Optional<Plan> findById(Long id);

  Optional<Plan> findByCommuneAndCode(String commune, String code);

  List<Plan> findByCommuneInOrderByIdAsc(Collection<String> communes);

  List<Plan> findAllByOrderByIdAsc();

  @Query("select distinct p from Plan p left join fetch p.tasks where p.commune in :communes"
      + " and p.periodStart <= :end and p.periodEnd >= :start order by p.id")
  List<Plan> findOverlapping(@Param("communes") Collection<String> communes, @Param("start") LocalDate start,
                             @Param("end") LocalDate end);
}
