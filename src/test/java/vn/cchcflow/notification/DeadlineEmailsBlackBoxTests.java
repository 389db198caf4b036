package vn.cchcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.cchcflow.CchcFlowApplication;
import vn.cchcflow.system.VietnamTime;

/**
 * The black-box check: the app on an H2 file database, SMTP pointed at a local catcher, the
 * calendar told that today is a working day. Importing a plan with one task 10 days overdue and one due
 * in 2 days sends exactly one escalation and one reminder, in Vietnamese; a restart sends nothing again.
 */
class DeadlineEmailsBlackBoxTests {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @TempDir
  Path data;

  @Test
  void importing_an_overdue_and_a_nearly_due_task_sends_one_escalation_and_one_reminder_once() throws Exception {
    ClockUtil.reset();
    LocalDate today = VietnamTime.today();
    try (ConfigurableApplicationContext app = start(today)) {
      ResponseEntity<String> imported = importPlan(app, today);
      assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);

      assertThat(smtp.waitForIncomingEmail(60_000, 2)).as("two e-mails within a minute").isTrue();
      List<String> subjects = distinctSubjects();
      assertThat(subjects).containsExactlyInAnyOrder(
          "[Quá hạn 10 ngày] NV 1: Ban hành quy chế quản lý, sử dụng tài sản công",
          "[Nhắc hạn] NV 2: còn 2 ngày, hạn cuối " + VN.format(today.plusDays(2)));
      MimeMessage escalation = Arrays.stream(smtp.getReceivedMessages())
          .filter(m -> subject(m).startsWith("[Quá hạn")).findFirst().orElseThrow();
      assertThat(escalation.getContent().toString()).contains("đã quá hạn 10 ngày")
          .contains("Kế hoạch cải cách hành chính năm nay (kiểm thử)").contains("/camunda/app/tasklist/default/#/?task=");
      runDueWorkNow(app);
      assertThat(distinctSubjects()).hasSize(2);
    }

    try (ConfigurableApplicationContext restarted = start(today)) {
      runDueWorkNow(restarted);
      assertThat(distinctSubjects()).as("nothing sent again after the restart").hasSize(2);
    }
  }

  private ConfigurableApplicationContext start(LocalDate today) {
    return new SpringApplicationBuilder(CchcFlowApplication.class).profiles("production").run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("cchcflow") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--cchc.organisation.location=classpath:communes/namanphu.yaml",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
        "--cchc.calendar.extra-working-days=" + today,
        "--cchc.notification.poll-interval=1s",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000");
  }

  private static ResponseEntity<String> importPlan(ConfigurableApplicationContext app, LocalDate today) {
    IdentityService identity = app.getBean(IdentityService.class);
    User coordinator = identity.createUserQuery().userId("namanphuvhxhcv1").singleResult();
    coordinator.setPassword("mat-khau-thu");
    identity.saveUser(coordinator);
    String csv = String.join("\n",
        "Tên kế hoạch,Kế hoạch cải cách hành chính năm nay (kiểm thử)",
        "Từ ngày," + VN.format(today.minusDays(60)),
        "Đến ngày," + VN.format(today.plusDays(60)),
        "STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Sản phẩm",
        "1,\"Ban hành quy chế quản lý, sử dụng tài sản công\",Phòng Kinh tế,,Chậm nhất ngày "
            + VN.format(today.minusDays(10)) + ",Quy chế",
        "2,Kiểm tra công tác cải cách hành chính,Phòng Văn hóa - Xã hội,,Chậm nhất ngày "
            + VN.format(today.plusDays(2)) + ",Báo cáo");
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "ke-hoach.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("namanphuvhxhcv1", "mat-khau-thu");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port")
        + "/api/plans/import?review=false&commune=namanphu&code=KH-BLACKBOX";
    return new RestTemplateBuilder().build().postForEntity(url, new HttpEntity<>(form, headers), String.class);
  }

  /** Executes every engine job due now and one outbox round, instead of waiting for the background workers. */
  private static void runDueWorkNow(ConfigurableApplicationContext app) {
    ManagementService management = app.getBean(ManagementService.class);
    management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    app.getBean(OutboxWorker.class).poll();
  }

  private static List<String> distinctSubjects() {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      String subject = subject(message);
      if (!subjects.contains(subject)) {
        subjects.add(subject);
      }
    }
    return subjects;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
