package vn.cchcflow.plan;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.UploadLimit;

/**
 * The files of a plan task as its people see them from one open step (the Tasklist tab "Tệp sản phẩm"):
 * every file attached to any step of the task, and, for the person working on the step, a way to attach
 * one more. A file goes on the step as a Camunda attachment, attached as the caller, so the engine's
 * authorization and the fact guard decide whether the caller works on that step; it stays in the task's
 * record (history) after the step is completed and is listed in the task's trail.
 */
@Service
public class TaskFiles {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFiles.class);

  /** What a deliverable file may be: office documents, PDF, scans and archives, by file name extension. */
  static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("pdf", "application/pdf"),
      Map.entry("doc", "application/msword"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xls", "application/vnd.ms-excel"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("odt", "application/vnd.oasis.opendocument.text"),
      Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("png", "image/png"),
      Map.entry("zip", "application/zip"));
  static final List<String> ALLOWED_ORDER = List.of("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "jpg", "jpeg",
      "png", "zip");

  private final TaskService tasks;
  private final IdentityService identity;
  private final PlanTaskRepository planTasks;
  private final TaskTrail trail;
  private final UploadLimit limit;
  private final Messages messages;

  TaskFiles(TaskService tasks, IdentityService identity, PlanTaskRepository planTasks, TaskTrail trail,
            UploadLimit limit, Messages messages) {
    this.tasks = tasks;
    this.identity = identity;
    this.planTasks = planTasks;
    this.trail = trail;
    this.limit = limit;
    this.messages = messages;
  }

  /** The task's files seen from one open step the caller may see. */
  @Transactional(readOnly = true)
  public StepFiles ofStep(String taskId) {
    Task step = visibleStep(taskId);
    PlanTask task = planTasks.findByProcessInstanceId(step.getProcessInstanceId()).orElse(null);
    String caller = identity.getCurrentAuthentication() == null ? null
        : identity.getCurrentAuthentication().getUserId();
    boolean mine = caller != null && caller.equals(step.getAssignee());
    if (task == null) {
      return new StepFiles(false, false, limit.fileLimitText(), ALLOWED_ORDER, List.of());
    }
    return new StepFiles(true, mine, limit.fileLimitText(), ALLOWED_ORDER, trail.files(task.getPlan().getId(), task));
  }

  /** Attaches one file to the caller's open step of a plan task. */
  @Transactional
  public TaskTrail.File attach(String taskId, String fileName, long size, InputStream content) {
    Task step = visibleStep(taskId);
    PlanTask task = planTasks.findByProcessInstanceId(step.getProcessInstanceId()).orElseThrow(() ->
        new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("files.notPlanTask")));
    String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").strip();
    if (name.isEmpty() || size <= 0) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("files.empty"));
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = ALLOWED.get(extension);
    if (type == null) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("files.typeNotAllowed", name,
          String.join(", ", ALLOWED_ORDER)));
    }
    if (size > limit.file().toBytes()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("files.tooLarge", name,
          limit.fileLimitText()));
    }
    // as the caller: the engine and the fact guard refuse a step the caller does not work on
    Attachment attachment = tasks.createAttachment(type, taskId, step.getProcessInstanceId(), name, null, content);
    LOG.info("File {} ({} bytes) attached to step {} of plan task {}", attachment.getId(), size, taskId, task.getId());
    return trail.files(task.getPlan().getId(), task).stream()
        .filter(f -> f.attachmentId().equals(attachment.getId())).findFirst().orElseThrow();
  }

  private Task visibleStep(String taskId) {
    Task step = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (step == null) {
      throw new OfficialRefusal(OfficialRefusal.Kind.NOT_FOUND, messages.get("files.stepNotFound"));
    }
    return step;
  }

  /**
   * {@code planTask}: the step belongs to a plan task (only those keep files); {@code canAttach}: the caller
   * works on the step; the limit and allowed types as the screen states them.
   */
  public record StepFiles(boolean planTask, boolean canAttach, String sizeLimit, List<String> allowedTypes,
                          List<TaskTrail.File> files) {
  }
}
