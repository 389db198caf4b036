package vn.cchcflow.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PlanRepository extends Repository<Plan, Long> {

  Plan save(Plan plan);

  Optional<Plan> findById(Long id);

  Optional<Plan> findByCommuneAndCode(String commune, String code);

  List<Plan> findByCommuneInOrderByIdAsc(Collection<String> communes);

  List<Plan> findAllByOrderByIdAsc();
}
