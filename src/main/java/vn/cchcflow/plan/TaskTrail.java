package vn.cchcflow.plan;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.notification.DeadlineNotices;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.PersonNames;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.DeliverableView;
import vn.cchcflow.tasklifecycle.PartView;
import vn.cchcflow.tasklifecycle.PlanTaskProcess;
import vn.cchcflow.tasklifecycle.ReviewStage;
import vn.cchcflow.tasklifecycle.ReviewView;
import vn.cchcflow.tasklifecycle.SupportInputView;
import vn.cchcflow.tasklifecycle.TaskBriefs;
import vn.cchcflow.tasklifecycle.TaskProgress;
import vn.cchcflow.tasklifecycle.TaskProgressReader;
import vn.cchcflow.tasklifecycle.TaskRecord;
import vn.cchcflow.tasklifecycle.TaskStatus;

/**
 * One plan task as a person follows it, without engine internals: its facts and status, each
 * deliverable and each unit's part, the steps open now, and its history in Vietnamese (steps, who, when,
 * returns with their comments, support input, files, follow-up notes, fact changes). Supervisors add
 * follow-up notes here; they never change the task.
 */
@Service
public class TaskTrail {

  private final PlanService plans;
  private final PlanAccess access;
  private final TaskRecord record;
  private final TaskProgressReader progress;
  private final AuditTrail audit;
  private final FollowUpNoteRepository notes;
  private final DeadlineNotices notices;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Messages messages;

  TaskTrail(PlanService plans, PlanAccess access, TaskRecord record, TaskProgressReader progress, AuditTrail audit,
            FollowUpNoteRepository notes, DeadlineNotices notices, HistoryService history, TaskService tasks,
            IdentityService identity, Messages messages) {
    this.plans = plans;
    this.access = access;
    this.record = record;
    this.progress = progress;
    this.audit = audit;
    this.notes = notes;
    this.notices = notices;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  public View of(long planId, String number) {
    PlanService.VisibleTask visible = plans.visibleTask(planId, number);
    PlanTask task = visible.task();
    Commune commune = visible.commune();
    Instant now = VietnamTime.now().toInstant();
    String instance = task.getProcessInstanceId();
    Map<String, String> names = new HashMap<>();
    TaskProgress current = progress.read(Map.of(task.getId(), instance), now).get(task.getId());
    List<Deliverable> deliverables = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (DeliverableView d : record.deliverables(task.getId())) {
      List<Part> parts = new ArrayList<>();
      for (PartView p : record.parts(d.id())) {
        parts.add(new Part(unitName(commune, p.unitCode()), p.officer(), name(p.officer(), names), p.submittedAt(),
            p.approvedAt(), p.returns(), p.submission().documentNumber(), p.submission().summary()));
        for (ReviewView r : record.reviews(p.id())) {
          String step = messages.get(r.stage() == ReviewStage.REVIEW ? "trail.step.review" : "trail.step.signOff");
          String text = r.approved() ? messages.get("trail.approved", step)
              : messages.get("trail.returned", step, r.comment() == null ? "—" : r.comment());
          events.add(new Event(r.decidedAt(), r.decidedBy(), name(r.decidedBy(), names),
              r.approved() ? "APPROVED" : "RETURNED", step, text));
        }
        for (SupportInputView input : record.supportInputs(p.id())) {
          events.add(new Event(input.givenAt(), input.givenBy(), name(input.givenBy(), names), "SUPPORT_INPUT",
              unitName(commune, input.unitCode()), messages.get("trail.supportInput", unitName(commune, input.unitCode()),
              input.text())));
        }
      }
      deliverables.add(new Deliverable(d.kind().name(), d.label(), d.due(), d.status(now), d.submittedAt(), d.doneAt(),
          parts));
    }
    EngineAsSystem.run(identity, () -> {
      for (HistoricTaskInstance step : history.createHistoricTaskInstanceQuery().processInstanceId(instance)
          .orderByHistoricActivityInstanceStartTime().asc().list()) {
        String stepName = stepName(step.getName());
        events.add(new Event(step.getStartTime().toInstant(), null, null, "STEP_OPENED", stepName,
            messages.get("trail.stepOpened", stepName)));
        if (step.getEndTime() != null && "completed".equals(step.getDeleteReason())) {
          events.add(new Event(step.getEndTime().toInstant(), step.getAssignee(), name(step.getAssignee(), names),
              "STEP_DONE", stepName, messages.get("trail.stepDone", stepName)));
        }
      }
    });
    List<File> files = files(planId, task);
    files.forEach(f -> events.add(new Event(f.uploadedAt(), f.uploadedBy(), f.uploadedByName(), "FILE", null,
        messages.get("trail.file", f.name()))));
    for (FollowUpNote note : notes.findByPlanTaskIdOrderByWrittenAtAscIdAsc(task.getId())) {
      events.add(new Event(note.getWrittenAt(), note.getAuthor(), name(note.getAuthor(), names), "FOLLOW_UP", null,
          messages.get("trail.followUp", note.getText())));
    }
    List<FactChangeView> changes = audit.ofTask(planId, task.getNumber()).stream()
        .map(c -> new FactChangeView(c.getChangedAt(), c.getChangedBy(), name(c.getChangedBy(), names), c.getField(),
            c.getOldValue(), c.getNewValue(), c.getReason(), c.getDocumentRef()))
        .toList();
    changes.forEach(c -> events.add(new Event(c.at(), c.by(), c.byName(), "FACT_CHANGE", null,
        messages.get("trail.factChange", c.field(), orDash(c.oldValue()), orDash(c.newValue())))));
    events.sort(Comparator.comparing(Event::at));
    List<OpenStep> open = current.currentSteps().stream()
        .map(s -> new OpenStep(s.step(), s.name(), s.assignee(), name(s.assignee(), names), s.dueDate(), s.taskId()))
        .toList();
    return new View(planId, visible.plan().getCode(), visible.plan().getTitle(), task.getNumber(), task.getArea(),
        task.getContent(), PlanAmendments.names(commune, task.getLeadUnits(), task.getExternalLeads()),
        PlanAmendments.names(commune, task.getSupportUnits(), task.getExternalSupports()), task.getDeadlineText(),
        task.getDueDate(), current.status(), task.isWithdrawn(), deliverables, open, events, files, changes);
  }

  /** A supervisor's follow-up note: recorded, sent to the people holding the task's open steps. */
  @Transactional
  public void followUp(long planId, String number, String text) {
    PlanService.VisibleTask visible = plans.visibleTask(planId, number);
    if (!access.supervises(visible.commune())) {
      throw new PlanAccessDeniedException(messages.get("trail.followUpDenied"));
    }
    if (text == null || text.isBlank()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("trail.followUpEmpty"));
    }
    String author = access.currentUser();
    FollowUpNote note = notes.save(new FollowUpNote(visible.commune().id(), visible.task().getId(), author, text.strip(),
        VietnamTime.now().toInstant()));
    notices.sendFollowUp(visible.task().getProcessInstanceId(), visible.commune().id(), visible.task().getId(),
        TaskBriefs.caption(visible.task().getNumber(), visible.task().getContent()), name(author, new HashMap<>()),
        note.getText(), "FOLLOW_UP:" + note.getId());
  }

  /** A file attached to one of the task's steps, for whoever may see the task. */
  @Transactional(readOnly = true)
  public FileContent file(long planId, String number, String attachmentId) {
    PlanTask task = plans.visibleTask(planId, number).task();
    File file = files(planId, task).stream().filter(f -> f.attachmentId().equals(attachmentId)).findFirst()
        .orElseThrow(() -> new PlanNotFoundException(messages.get("trail.fileNotFound")));
    InputStream content = EngineAsSystem.call(identity, () -> tasks.getAttachmentContent(attachmentId));
    return new FileContent(file.name(), file.type(), content);
  }

  List<File> files(long planId, PlanTask task) {
    Map<String, String> names = new HashMap<>();
    // as the system: the operation log (who attached) is no query a person may run through the fact guard
    return EngineAsSystem.call(identity, () -> tasks.getProcessInstanceAttachments(task.getProcessInstanceId())
        .stream()
        .sorted(Comparator.comparing(Attachment::getCreateTime))
        .map(a -> {
          String uploader = uploader(a);
          return new File(a.getName(), a.getType(), a.getTaskId(), a.getId(), uploader, name(uploader, names),
              a.getCreateTime().toInstant(), "/api/plans/" + planId + "/tasks/" + task.getNumber() + "/files/" + a.getId());
        })
        .toList());
  }

  /** Who attached the file: the engine records it in its operation log, not on the attachment. */
  private String uploader(Attachment attachment) {
    return history.createUserOperationLogQuery().taskId(attachment.getTaskId())
        .operationType(org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT)
        .list().stream().filter(e -> e.getUserId() != null).map(e -> e.getUserId()).findFirst().orElse(null);
  }

  private String name(String userId, Map<String, String> cache) {
    if (userId == null) {
      return null;
    }
    return cache.computeIfAbsent(userId, id -> EngineAsSystem.call(identity, () -> {
      User user = identity.createUserQuery().userId(id).singleResult();
      return user == null ? id : PersonNames.displayName(user);
    }));
  }

  private static String stepName(String taskName) {
    if (taskName == null) {
      return null;
    }
    int separator = taskName.indexOf(PlanTaskProcess.CAPTION_SEPARATOR);
    return separator < 0 ? taskName : taskName.substring(0, separator);
  }

  private static String unitName(Commune commune, String code) {
    return commune.unit(code).map(Unit::name).orElse(code);
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  public record View(long planId, String planCode, String planTitle, String number, String area, String content,
                     String leadUnits, String supportUnits, String deadlineText, LocalDate dueDate, TaskStatus status,
                     boolean withdrawn, List<Deliverable> deliverables, List<OpenStep> openSteps, List<Event> history,
                     List<File> files, List<FactChangeView> factChanges) {
  }

  public record Deliverable(String kind, String label, LocalDate dueDate, TaskStatus status, Instant submittedAt,
                            Instant doneAt, List<Part> parts) {
  }

  public record Part(String unit, String officer, String officerName, Instant submittedAt, Instant approvedAt,
                     int returns, String documentNumber, String summary) {
  }

  public record OpenStep(String step, String name, String assignee, String assigneeName, java.util.Date dueDate,
                         String taskId) {
  }

  public record Event(Instant at, String actor, String actorName, String kind, String step, String text) {
  }

  public record File(String name, String type, String taskId, String attachmentId, String uploadedBy,
                     String uploadedByName, Instant uploadedAt, String downloadUrl) {
  }

  public record FactChangeView(Instant at, String by, String byName, String field, String oldValue, String newValue,
                               String reason, String document) {
  }

  public record FileContent(String name, String type, InputStream content) {
  }
}
