package vn.cchcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchcflow.CchcFlowApplication;
import vn.cchcflow.TestPostgres;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.plan.PlanService;
import vn.cchcflow.system.VietnamTime;

/**
 * Two app nodes on one PostgreSQL, each with its job executor and outbox worker: 300 tasks falling due
 * on the same day give exactly 300 escalation e-mails, none twice. Prints the figures. Skipped with a
 * message when no PostgreSQL answers (CCHC_TEST_PG_URL / _USER / _PASSWORD, default 127.0.0.1:5432).
 */
@Tag("postgres")
class TwoNodesOnePostgresTests {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static final int TASKS = 300;
  static final String DATABASE = "cchcflow_two_nodes";

  @BeforeAll
  static void freshDatabaseOrSkip() {
    TestPostgres.freshDatabaseOrSkip(DATABASE);
  }

  @Test
  void two_nodes_send_exactly_one_escalation_per_task_falling_due_the_same_day() throws Exception {
    ClockUtil.reset();
    LocalDate today = VietnamTime.today();
    LocalDate due = today.minusDays(2);
    try (ConfigurableApplicationContext node1 = start("node1", today);
         ConfigurableApplicationContext node2 = start("node2", today)) {
      long importStart = System.nanoTime();
      node1.getBean(PlanService.class).register(plan(due));
      long imported = System.nanoTime();

      boolean all = smtp.waitForIncomingEmail(180_000, TASKS);
      long delivered = System.nanoTime();
      node1.getBean(OutboxWorker.class).poll();
      node2.getBean(OutboxWorker.class).poll();

      MimeMessage[] received = smtp.getReceivedMessages();
      Set<String> messageIds = new HashSet<>();
      List<String> duplicates = new ArrayList<>();
      for (MimeMessage message : received) {
        if (!messageIds.add(message.getMessageID())) {
          duplicates.add(message.getSubject());
        }
        assertThat(message.getSubject()).startsWith("[Quá hạn 2 ngày] NV ");
      }
      Map<String, Integer> sentBy = sentByNode();
      System.out.printf("two-node figures: %d tasks imported in %.1f s; %d e-mails delivered %.1f s after the "
              + "import; sent by node: %s; duplicates: %d%n", TASKS, (imported - importStart) / 1e9,
          received.length, (delivered - imported) / 1e9, sentBy, duplicates.size());

      assertThat(all).as("300 e-mails within 3 minutes").isTrue();
      assertThat(received).hasSize(TASKS);
      assertThat(duplicates).isEmpty();
      assertThat(sentBy.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(TASKS);
    }
  }

  private static ConfigurableApplicationContext start(String node, LocalDate today) {
    String url = TestPostgres.url(DATABASE);
    return new SpringApplicationBuilder(CchcFlowApplication.class).profiles("postgres", "production").run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + TestPostgres.USER,
        "--spring.datasource.password=" + TestPostgres.PASSWORD,
        "--camunda.bpm.process-engine-name=" + node,
        "--cchc.notification.node-id=" + node,
        "--cchc.notification.poll-interval=1s",
        "--cchc.organisation.location=classpath:communes/namanphu.yaml",
        "--cchc.calendar.extra-working-days=" + today.minusDays(1) + "," + today,
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000");
  }

  private static PlanDocument plan(LocalDate due) {
    List<PlanDocument.Task> tasks = new ArrayList<>();
    for (int i = 1; i <= TASKS; i++) {
      tasks.add(new PlanDocument.Task(String.valueOf(i), "VI. Cải cách tài chính công", "Nhiệm vụ kiểm thử số " + i,
          List.of("kinhte"), List.of(), "Chậm nhất ngày " + due, due, "Báo cáo"));
    }
    return new PlanDocument("namanphu", "KH-TWO-NODES", "Kế hoạch kiểm thử hai máy chủ", due.withDayOfYear(1),
        due.withDayOfYear(1).plusYears(1).minusDays(1), tasks);
  }

  private static Map<String, Integer> sentByNode() throws SQLException {
    String url = TestPostgres.url(DATABASE);
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
         Statement sql = db.createStatement();
         ResultSet rows = sql.executeQuery("select claimed_by, count(*) from cchc_notification "
             + "where status = 'SENT' group by claimed_by order by claimed_by")) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getInt(2));
      }
    }
    return counts;
  }

}
