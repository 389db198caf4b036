package vn.cchcflow.planimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.PlanParseException;
import vn.cchcflow.schedule.Schedule;

/** The review never lets a date in that neither the plan nor the reviewer stated. */
class ImportCorrectionsTest {

  private static final CommuneDirectory COMMUNES = CommuneDirectory.fromLocation("classpath:communes/*.yaml");

  @Test
  void a_start_without_an_end_needs_the_reviewers_due_date_and_keeps_its_start() throws IOException {
    PlanDocument read = document("seed-004-quyetthang.txt", "quyetthang");
    PlanDocument.Task task = task(read, "II.2.6");
    assertThat(task.deadlineText()).isEqualTo("Từ ngày 15/3/2026.");
    assertThat(task.effectiveDueDate()).isNull();
    assertThat(task.schedule().start()).isEqualTo(LocalDate.of(2026, 3, 15));

    assertThatThrownBy(() -> ImportCorrections.apply(read, null, null, null, null, null))
        .isInstanceOf(PlanParseException.class)
        .hasMessage("Chưa thể xác nhận kế hoạch: nhiệm vụ số II.2.6 chưa có thời hạn (kế hoạch không ghi hoặc không đọc "
            + "được). Hãy điền thời hạn vào ô “Sửa thời hạn”, ví dụ “II.2.6: 30/06/2026”, hoặc ghi số nhiệm vụ vào ô "
            + "“Bỏ nhiệm vụ”.");

    PlanDocument confirmed = ImportCorrections.apply(read, null, null, null, "II.2.6: 30/11/2026", null);
    assertThat(task(confirmed, "II.2.6").schedule())
        .isEqualTo(Schedule.window(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 11, 30)));
    assertThat(task(confirmed, "II.2.6").effectiveDueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    // event-driven tasks wait for their event without a date
    assertThat(task(confirmed, "II.2.5").effectiveDueDate()).isNull();
  }

  @Test
  void draft_tasks_without_a_stated_deadline_are_dated_by_the_reviewer_or_dropped() throws IOException {
    PlanDocument read = document("seed-003-thuynguyen.txt", null);
    assertThat(read.tasks()).hasSize(14).allSatisfy(t -> assertThat(t.effectiveDueDate()).isNull());

    assertThatThrownBy(() -> ImportCorrections.apply(read, null, null, null, null, null))
        .hasMessageContaining("nhiệm vụ số 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 chưa có thời hạn");

    String dates = read.tasks().stream().filter(t -> !t.number().equals("14"))
        .map(t -> t.number() + ": 15/12/2025").collect(Collectors.joining("\n"));
    PlanDocument confirmed = ImportCorrections.apply(read, null, null, "14", dates, null);
    assertThat(confirmed.tasks()).hasSize(13)
        .allSatisfy(t -> assertThat(t.effectiveDueDate()).isEqualTo(LocalDate.of(2025, 12, 15)));
  }

  private static PlanDocument.Task task(PlanDocument plan, String number) {
    return plan.tasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
  }

  private static PlanDocument document(String seed, String communeId) throws IOException {
    try (InputStream in = ImportCorrectionsTest.class.getClassLoader().getResourceAsStream("plans/" + seed)) {
      ParsedPlan parsed = PlanAssembler.parse(seed, in.readAllBytes(),
          communeId == null ? null : COMMUNES.find(communeId).orElseThrow());
      return ImportedPlans.toDocument(parsed, communeId == null ? "x" : communeId, null);
    }
  }
}
