package vn.cchcflow.plan;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One plan task's page: {@code GET …/trail}, supervisors' follow-up notes, and its files. */
@RestController
@RequestMapping("/api/plans/{planId}/tasks/{number}")
class TaskTrailController {

  private final TaskTrail trail;

  TaskTrailController(TaskTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/trail")
  TaskTrail.View trail(@PathVariable long planId, @PathVariable String number) {
    return trail.of(planId, number);
  }

  /** {@code {"text": "Đề nghị Phòng Kinh tế hoàn thành trước 15/6"}}: supervisors only. */
  @PostMapping("/follow-ups")
  ResponseEntity<Void> followUp(@PathVariable long planId, @PathVariable String number, @RequestBody Note note) {
    trail.followUp(planId, number, note.text());
    return ResponseEntity.noContent().build();
  }

  record Note(String text) {
  }

  @GetMapping("/files/{attachmentId}")
  ResponseEntity<InputStreamResource> file(@PathVariable long planId, @PathVariable String number,
                                           @PathVariable String attachmentId) {
    TaskTrail.FileContent file = trail.file(planId, number, attachmentId);
    MediaType type;
    try {
      type = file.type() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.type());
    } catch (IllegalArgumentException e) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(type).body(new InputStreamResource(file.content()));
  }
}
