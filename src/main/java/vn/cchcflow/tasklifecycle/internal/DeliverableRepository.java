package vn.cchcflow.tasklifecycle.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeliverableRepository extends JpaRepository<DeliverableEntity, Long> {

  List<DeliverableEntity> findByPlanTaskIdOrderByPosition(long planTaskId);

  List<DeliverableEntity> findByPlanTaskIdInOrderByPlanTaskIdAscPositionAsc(Collection<Long> planTaskIds);

  /**
   * The status facts of every deliverable of the communes' plans overlapping [start, end], as plain rows
   * (no entities: a country roll-up reads hundreds of thousands): id, plan task, commune, kind, position,
   * due date, submitted, done, withdrawn, added.
   */
  @Query("select d.id, d.planTaskId, d.commune, d.kind, d.position, d.dueDate, d.submittedAt, d.doneAt, "
      + "d.withdrawnAt, d.addedAt from DeliverableEntity d where d.planTaskId in (select t.id from PlanTask t "
      + "where t.plan.commune in :communes and t.plan.periodStart <= :end and t.plan.periodEnd >= :start)")
  List<Object[]> findFactsOfPlansOverlapping(@Param("communes") Collection<String> communes,
                                             @Param("start") LocalDate start, @Param("end") LocalDate end);
}
