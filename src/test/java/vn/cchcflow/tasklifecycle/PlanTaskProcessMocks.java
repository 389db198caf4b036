package vn.cchcflow.tasklifecycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.context.ApplicationEventPublisher;
import vn.cchcflow.notification.DeadlineNotices;
import vn.cchcflow.notification.Notice;
import vn.cchcflow.notification.NoticeSubjects;
import vn.cchcflow.notification.Outbox;
import vn.cchcflow.notification.process.PlanNextNoticeDelegate;
import vn.cchcflow.notification.process.SendDeadlineNoticeDelegate;
import vn.cchcflow.notification.process.SendReviewWaitingNoticeDelegate;
import vn.cchcflow.notification.process.SendSupportInputReminderDelegate;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.process.ApplyDeadlineDelegate;
import vn.cchcflow.tasklifecycle.process.LifecycleBeans;
import vn.cchcflow.tasklifecycle.process.RecordCompletionDelegate;
import vn.cchcflow.tasklifecycle.process.RecordDeliverableDelegate;
import vn.cchcflow.tasklifecycle.process.RecordWithdrawalDelegate;

/**
 * The real expression beans, delegates and listeners of PlanTaskProcess for engine tests, on an in-memory
 * task record, with an outbox and an event log that record what they get.
 */
public final class PlanTaskProcessMocks {

  private PlanTaskProcessMocks() {
  }

  /** Notices written to the outbox, one per dedup key, in order. */
  public static final class RecordingOutbox implements Outbox {
    public final List<Notice> notices = new ArrayList<>();

    @Override
    public boolean enqueue(Notice notice) {
      if (notices.stream().anyMatch(n -> n.dedupKey().equals(notice.dedupKey()))) {
        return false;
      }
      return notices.add(notice);
    }
  }

  /** What the beans wired here hold, for tests to start tasks and look into the record. */
  public record Wiring(InMemoryTaskRecord record, RecordingOutbox outbox, List<Object> events,
                       PlanTaskProcessStarter starter, TaskDeadlines deadlines, TaskRecordSteps steps,
                       LifecycleChanges changes, java.util.Map<Long, NoticeSubjects.Subject> subjects) {
  }

  public static Wiring register(ProcessEngine engine, CommuneDirectory communes) {
    InMemoryTaskRecord record = new InMemoryTaskRecord();
    RecordingOutbox outbox = new RecordingOutbox();
    List<Object> events = new ArrayList<>();
    ApplicationEventPublisher publisher = events::add;
    Messages messages = Messages.fromBundle();
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    LifecycleSettings settings = LifecycleSettings.DEFAULTS;
    TaskRecordSteps steps = new TaskRecordSteps(record, communes, engine.getIdentityService(), calendar, settings);
    OpenSteps openSteps = new OpenSteps(engine.getRuntimeService(), engine.getTaskService());
    TaskDeadlines deadlines = new TaskDeadlines(record, steps, openSteps, engine.getRuntimeService(),
        engine.getTaskService(), engine.getIdentityService(), messages, publisher);
    java.util.Map<Long, NoticeSubjects.Subject> known = new java.util.HashMap<>();
    NoticeSubjects subjects = known::get;
    DeadlineNotices notices = new DeadlineNotices(communes, calendar, outbox, record, openSteps, subjects,
        engine.getTaskService(), engine.getIdentityService(), "http://cchc.example.vn");
    Mocks.register("taskRecordSteps", steps);
    Mocks.register("stepListener", LifecycleBeans.stepListener(record, communes, engine.getIdentityService(), messages));
    Mocks.register("recordDeliverableDelegate", new RecordDeliverableDelegate(record));
    Mocks.register("recordCompletionDelegate", new RecordCompletionDelegate(record));
    Mocks.register("recordWithdrawalDelegate", new RecordWithdrawalDelegate(record));
    Mocks.register("applyDeadlineDelegate", new ApplyDeadlineDelegate(deadlines, messages));
    Mocks.register("planNextNoticeDelegate", new PlanNextNoticeDelegate(notices, record));
    Mocks.register("sendDeadlineNoticeDelegate", new SendDeadlineNoticeDelegate(notices, record));
    Mocks.register("sendSupportInputReminderDelegate", new SendSupportInputReminderDelegate(notices, steps));
    Mocks.register("sendReviewWaitingNoticeDelegate", new SendReviewWaitingNoticeDelegate(notices, settings));
    PlanTaskProcessStarter starter = new PlanTaskProcessStarter(engine.getRuntimeService(), record, messages, calendar,
        settings);
    LifecycleChanges changes = new LifecycleChanges(record, openSteps, steps, engine.getRuntimeService(),
        engine.getTaskService(), engine.getIdentityService());
    return new Wiring(record, outbox, events, starter, deadlines, steps, changes, known);
  }
}
