package vn.cchcflow.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The outbox table. Every status change is one conditional UPDATE whose row count says whether this
 * caller made it: with two nodes on one database only one of them gets 1.
 */
interface NotificationRepository extends Repository<Notification, Long> {

  Notification save(Notification notification);

  Optional<Notification> findById(Long id);

  Optional<Notification> findByDedupKey(String dedupKey);

  // JPQL rather than a derived finder: Hibernate caches its plan (every notice of every job asks this)
  @Query("select count(n) > 0 from Notification n where n.dedupKey = ?1")
  boolean existsByDedupKey(String dedupKey);

  long countByStatus(NotificationStatus status);

  Optional<Notification> findFirstByStatusOrderByCreatedAtAsc(NotificationStatus status);

  @Query("select n.id from Notification n where n.status = :status and n.nextAttemptAt <= :now"
      + " order by n.nextAttemptAt, n.id")
  List<Long> findDueIds(@Param("status") NotificationStatus status, @Param("now") Instant now, Limit limit);

  @Query("select n from Notification n where n.status = :status and n.claimedUntil < :now order by n.id")
  List<Notification> findExpiredClaims(@Param("status") NotificationStatus status, @Param("now") Instant now);

  @Query("select n from Notification n join n.recipients r where r.userId = :userId"
      + " order by n.createdAt desc, n.id desc")
  List<Notification> findForUser(@Param("userId") String userId, Limit limit);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = :sending, n.claimedBy = :node, n.claimedUntil = :until"
      + " where n.id = :id and n.status = :pending")
  int claim(@Param("id") long id, @Param("node") String node, @Param("until") Instant until,
            @Param("pending") NotificationStatus pending, @Param("sending") NotificationStatus sending);

  // The outcome of this node's attempt is recorded only while the claim is still ours; also over UNCERTAIN
  // (set by another node after our claim expired), since we now know what happened.

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = :sent, n.attempts = :attempts, n.sentAt = :sentAt,"
      + " n.lastError = :note, n.claimedUntil = null"
      + " where n.id = :id and n.claimedBy = :node and n.status in :claimed")
  int recordSent(@Param("id") long id, @Param("node") String node,
                 @Param("claimed") Collection<NotificationStatus> claimed, @Param("sent") NotificationStatus sent,
                 @Param("attempts") int attempts, @Param("sentAt") Instant sentAt, @Param("note") String note);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = :pending, n.attempts = :attempts, n.nextAttemptAt = :nextAttemptAt,"
      + " n.lastError = :error, n.claimedUntil = null"
      + " where n.id = :id and n.claimedBy = :node and n.status in :claimed")
  int recordRetry(@Param("id") long id, @Param("node") String node,
                  @Param("claimed") Collection<NotificationStatus> claimed,
                  @Param("pending") NotificationStatus pending, @Param("attempts") int attempts,
                  @Param("nextAttemptAt") Instant nextAttemptAt, @Param("error") String error);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = :failed, n.attempts = :attempts, n.lastError = :error,"
      + " n.claimedUntil = null where n.id = :id and n.claimedBy = :node and n.status in :claimed")
  int recordFailed(@Param("id") long id, @Param("node") String node,
                   @Param("claimed") Collection<NotificationStatus> claimed,
                   @Param("failed") NotificationStatus failed, @Param("attempts") int attempts,
                   @Param("error") String error);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = :uncertain"
      + " where n.id = :id and n.status = :sending and n.claimedUntil < :now")
  int markUncertain(@Param("id") long id, @Param("now") Instant now,
                    @Param("sending") NotificationStatus sending, @Param("uncertain") NotificationStatus uncertain);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Notification n set n.status = :pending, n.attempts = 0, n.nextAttemptAt = :now,"
      + " n.claimedBy = null, n.claimedUntil = null where n.id = :id and n.status in :requeueable")
  int requeue(@Param("id") long id, @Param("now") Instant now,
              @Param("requeueable") Collection<NotificationStatus> requeueable,
              @Param("pending") NotificationStatus pending);
}
