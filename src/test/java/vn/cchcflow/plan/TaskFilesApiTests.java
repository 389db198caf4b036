package vn.cchcflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import vn.cchcflow.AppOnH2;

/**
 * Deliverable files over the API the Tasklist tab "Tệp sản phẩm" uses: the officer attaches a file to their
 * own step, within the stated limit and types; nobody else attaches to that step; the unit head and the
 * coordinating unit read and download it after the step is completed, from the task's trail. The limit is
 * lowered to 64 KB here so a file over it stays small.
 */
@AppOnH2
@TestPropertySource(properties = "cchc.web.upload-limit=64KB")
class TaskFilesApiTests {

  static final String OFFICER = "namanphukinhtecv1";
  static final String HEAD = "namanphukinhtetp";
  static final String COORDINATOR = "namanphuvhxhcv1";
  static final String OTHER_UNIT_OFFICER = "namanphuvpubcv1";

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService tasks;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void the_officer_attaches_a_file_to_their_step_and_the_head_and_the_coordinating_unit_download_it_later()
      throws Exception {
    String execute = tasks.createTaskQuery().processInstanceBusinessKey("KH-CCHC-2026-29")
        .taskDefinitionKey("Task_ExecuteTask").singleResult().getId();

    JsonNode offered = json.readTree(http.withBasicAuth(OFFICER, "demo")
        .getForEntity("/api/steps/" + execute + "/files", String.class).getBody());
    assertThat(offered.at("/planTask").asBoolean()).isTrue();
    assertThat(offered.at("/canAttach").asBoolean()).isTrue();
    assertThat(offered.at("/sizeLimit").asText()).isEqualTo("64 KB");
    assertThat(offered.at("/allowedTypes").toString()).contains("\"pdf\"", "\"docx\"", "\"xlsx\"");

    ResponseEntity<String> exe = upload(OFFICER, execute, "cai-dat.exe", 10);
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(exe)).isEqualTo("Tệp \"cai-dat.exe\" không thuộc loại được phép. Các loại được phép: "
        + "pdf, doc, docx, xls, xlsx, odt, ods, jpg, jpeg, png, zip.");
    ResponseEntity<String> large = upload(OFFICER, execute, "ban-chup.pdf", 65 * 1024);
    assertThat(large.getStatusCode().is4xxClientError()).isTrue();
    assertThat(message(large)).contains("64 KB");
    ResponseEntity<String> empty = upload(OFFICER, execute, "trong.pdf", 0);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(empty)).isEqualTo("Hãy chọn một tệp (tệp không được để trống).");

    // the head sees the step but does not work on it; an officer of another unit does not see it
    ResponseEntity<String> head = upload(HEAD, execute, "cua-lanh-dao.pdf", 10);
    assertThat(head.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(message(head)).startsWith("Chỉ người đang thực hiện bước này được ghi ý kiến và đính kèm tệp");
    ResponseEntity<String> other = upload(OTHER_UNIT_OFFICER, execute, "khac.pdf", 10);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(message(other)).isEqualTo("Không tìm thấy công việc này, hoặc bạn không có quyền xem công việc này.");

    ResponseEntity<String> attached = upload(OFFICER, execute, "du-thao-quy-che.pdf", 2048);
    assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode file = json.readTree(attached.getBody());
    assertThat(file.at("/name").asText()).isEqualTo("du-thao-quy-che.pdf");
    assertThat(file.at("/type").asText()).isEqualTo("application/pdf");
    assertThat(file.at("/uploadedByName").asText()).isEqualTo("Bùi Thị Ngọc");

    tasks.complete(execute, Variables.putValue("progressNote", "Đã dự thảo quy chế."));

    // the head's sign-off lists the file; it stays in the task's record, downloadable by the coordinating unit
    String signOff = tasks.createTaskQuery().processInstanceBusinessKey("KH-CCHC-2026-29")
        .taskDefinitionKey("Task_SignOff").singleResult().getId();
    JsonNode seen = json.readTree(http.withBasicAuth(HEAD, "demo")
        .getForEntity("/api/steps/" + signOff + "/files", String.class).getBody());
    assertThat(seen.at("/files/0/name").asText()).isEqualTo("du-thao-quy-che.pdf");
    String downloadUrl = seen.at("/files/0/downloadUrl").asText();
    ResponseEntity<byte[]> byHead = http.withBasicAuth(HEAD, "demo").getForEntity(downloadUrl, byte[].class);
    assertThat(byHead.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byHead.getBody()).hasSize(2048);

    JsonNode trail = json.readTree(http.withBasicAuth(COORDINATOR, "demo")
        .getForEntity(downloadUrl.replaceFirst("/files/.*$", "/trail"), String.class).getBody());
    assertThat(trail.at("/files/0/name").asText()).isEqualTo("du-thao-quy-che.pdf");
    assertThat(trail.at("/history").findValuesAsText("text")).contains("Đính kèm tệp \"du-thao-quy-che.pdf\".");
    assertThat(http.withBasicAuth(COORDINATOR, "demo").getForEntity(downloadUrl, byte[].class).getBody()).hasSize(2048);
  }

  private ResponseEntity<String> upload(String user, String taskId, String name, int size) {
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) 'x');
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo").exchange("/api/steps/" + taskId + "/files", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  private String message(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody()).at("/message").asText();
  }
}
