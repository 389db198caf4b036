package vn.cchcflow.plan;

import java.util.List;
import org.springframework.data.repository.Repository;

interface FollowUpNoteRepository extends Repository<FollowUpNote, Long> {

  FollowUpNote save(FollowUpNote note);

  List<FollowUpNote> findByPlanTaskIdOrderByWrittenAtAscIdAsc(long planTaskId);
}
