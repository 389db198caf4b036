package vn.cchcflow.tasklifecycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import vn.cchcflow.notification.DeadlineNotices;
import vn.cchcflow.notification.Notice;
import vn.cchcflow.notification.Outbox;
import vn.cchcflow.notification.process.PlanNextNoticeDelegate;
import vn.cchcflow.notification.process.SendCheckInReminderDelegate;
import vn.cchcflow.notification.process.SendDeadlineNoticeDelegate;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.process.ApplyDeadlineDelegate;
import vn.cchcflow.tasklifecycle.process.AssignOfficerListener;
import vn.cchcflow.tasklifecycle.process.CollectSupportInputListener;
import vn.cchcflow.tasklifecycle.process.PlanNextCheckInDelegate;
import vn.cchcflow.tasklifecycle.process.RecordCompletionDelegate;
import vn.cchcflow.tasklifecycle.process.ReturnNeedsCommentListener;
import vn.cchcflow.tasklifecycle.process.TaskCaptionListener;

/** The real delegates and listeners of PlanTaskProcess, registered for engine tests, with an outbox that records. */
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

  public static RecordingOutbox register(ProcessEngine engine, CommuneDirectory communes) {
    RecordingOutbox outbox = new RecordingOutbox();
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    DeadlineNotices notices = new DeadlineNotices(communes, calendar, outbox, "http://cchc.example.vn");
    TaskDeadlines deadlines = new TaskDeadlines(engine.getRuntimeService(), engine.getTaskService(),
        engine.getIdentityService(), event -> { });
    Mocks.register("taskCaptionListener", new TaskCaptionListener());
    Mocks.register("assignOfficerListener", new AssignOfficerListener(Messages.fromBundle()));
    Mocks.register("collectSupportInputListener", new CollectSupportInputListener());
    Mocks.register("recordCompletionDelegate", new RecordCompletionDelegate());
    Mocks.register("returnNeedsCommentListener", new ReturnNeedsCommentListener(Messages.fromBundle()));
    Mocks.register("planNextNoticeDelegate", new PlanNextNoticeDelegate(notices));
    Mocks.register("sendDeadlineNoticeDelegate", new SendDeadlineNoticeDelegate(notices));
    Mocks.register("sendCheckInReminderDelegate", new SendCheckInReminderDelegate(notices));
    Mocks.register("planNextCheckInDelegate", new PlanNextCheckInDelegate(calendar));
    Mocks.register("applyDeadlineDelegate", new ApplyDeadlineDelegate(deadlines));
    return outbox;
  }

  public static TaskDeadlines deadlines(ProcessEngine engine) {
    return new TaskDeadlines(engine.getRuntimeService(), engine.getTaskService(), engine.getIdentityService(),
        event -> { });
  }
}
