package vn.cchcflow.tasklifecycle.internal;

import jakarta.persistence.QueryHint;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * A finder of the task record's rows by their owner's id (a task's deliverables, a deliverable's parts, a
 * part's reviews and support input), run without Hibernate's flush before the query. The process model
 * evaluates these finders many times in one transaction (a multi-instance evaluates its collection once per
 * instance), and each flush would dirty-check everything the transaction holds, the whole plan during an
 * import. It is safe because the record's ids are IDENTITY (a row is inserted when it is persisted), owner ids
 * never change, rows are never deleted, and a found row is the managed entity with its pending changes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
@interface ReadsOwnRows {
}
