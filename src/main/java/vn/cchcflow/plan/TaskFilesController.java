package vn.cchcflow.plan;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * The files of the plan task behind one open step ({@code taskId} of Tasklist): list them, and attach one
 * (multipart field {@code file}) to the caller's own step. Downloads go through the task's trail
 * ({@code downloadUrl}), which keeps them after the step is completed.
 */
@RestController
@RequestMapping("/api/steps/{taskId}/files")
class TaskFilesController {

  private final TaskFiles files;
  private final Messages messages;

  TaskFilesController(TaskFiles files, Messages messages) {
    this.files = files;
    this.messages = messages;
  }

  @GetMapping
  TaskFiles.StepFiles list(@PathVariable String taskId) {
    return files.ofStep(taskId);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  TaskTrail.File attach(@PathVariable String taskId, @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("files.empty"));
    }
    try (InputStream content = file.getInputStream()) {
      return files.attach(taskId, file.getOriginalFilename(), file.getSize(), content);
    }
  }
}
