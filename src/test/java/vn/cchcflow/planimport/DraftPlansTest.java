package vn.cchcflow.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchcflow.plan.Target;
import vn.cchcflow.planimport.internal.PlanAssembler;
import vn.cchcflow.schedule.ScheduleKind;

/** Seeds 000, 002 and 003 have no appendix: they import as draft plans, with their reporting schedules. */
class DraftPlansTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      seed-000-aiquoc.txt         | 21 | 2026-01-01 | 2026-12-31 | QUARTERLY
      seed-002-backhonglinh.txt   | 10 | 2026-01-01 | 2026-12-31 | MONTHLY
      seed-003-thuynguyen.txt     | 14 | 2025-07-01 | 2025-12-31 | QUARTERLY
      """)
  void imports_duty_sections_as_draft_tasks_due_at_the_end_of_the_period(String seed, int drafts, LocalDate start,
                                                                         LocalDate end, String firstReport)
      throws IOException {
    ParsedPlan parsed = PlanAssembler.parse(seed, SeedAppendixTest.resource("plans/" + seed), null);

    assertThat(parsed.tasks()).hasSize(drafts).allSatisfy(task -> {
      assertThat(task.draft()).isTrue();
      assertThat(task.leadUnits()).hasSize(1);
      assertThat(task.schedule().kind()).isEqualTo(ScheduleKind.DUE_BY);
      assertThat(task.schedule().due()).isEqualTo(end);
      assertThat(task.warnings()).anyMatch(w -> w.startsWith("Nhiệm vụ dự thảo từ phần phân công trách nhiệm"));
    });
    assertThat(parsed.plan().periodStart()).isEqualTo(start);
    assertThat(parsed.plan().periodEnd()).isEqualTo(end);
    assertThat(parsed.plan().reporting()).isNotEmpty();
    assertThat(parsed.plan().reporting().get(0).kind().name()).isEqualTo(firstReport);
    assertThat(parsed.warnings()).anyMatch(w -> w.startsWith("Kế hoạch không có phụ lục danh mục nhiệm vụ"));
  }

  @Test
  void reads_the_targets_of_seed_002_with_their_numbers() throws IOException {
    ParsedPlan parsed = PlanAssembler.parse("seed-002-backhonglinh.txt",
        SeedAppendixTest.resource("plans/seed-002-backhonglinh.txt"), null);

    List<Target> targets = parsed.plan().targets();
    assertThat(targets).filteredOn(t -> "3.6".equals(t.code())).singleElement().satisfies(t -> {
      assertThat(t.comparator()).isEqualTo(Target.Comparator.GREATER_THAN);
      assertThat(t.value()).isEqualTo(99.0);
      assertThat(t.unit()).isEqualTo("%");
    });
    assertThat(targets).filteredOn(t -> "3.8".equals(t.code())).singleElement().satisfies(t -> {
      assertThat(t.comparator()).isEqualTo(Target.Comparator.AT_LEAST);
      assertThat(t.value()).isEqualTo(95.0);
    });
  }

  @Test
  void maps_draft_units_to_the_commune_and_reports_those_it_does_not_have() throws IOException {
    var commune = vn.cchcflow.organisation.CommuneDirectory.fromLocation("classpath:communes/namanphu.yaml")
        .find("namanphu").orElseThrow();

    ParsedPlan parsed = PlanAssembler.parse("seed-000-aiquoc.txt", SeedAppendixTest.resource("plans/seed-000-aiquoc.txt"),
        commune);

    assertThat(parsed.tasks()).filteredOn(t -> t.leadUnits().contains("vhxh")).hasSize(6);
    assertThat(parsed.tasks()).filteredOn(t -> t.leadUnits().contains("Phòng Kinh tế, Hạ tầng và Đô thị phường"))
        .allSatisfy(t -> assertThat(t.warnings()).anyMatch(w -> w.contains("Không tìm thấy đơn vị chủ trì "
            + "\"Phòng Kinh tế, Hạ tầng và Đô thị phường\" trong tổ chức của Xã Nam An Phụ")));
  }
}
