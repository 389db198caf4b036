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
import vn.cchcflow.schedule.Schedule;

/** Seeds 000, 002 and 003 have no appendix: they import as draft plans, with their reporting schedules. */
class DraftPlansTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      seed-000-aiquoc.txt         | 22 | 2026-01-01 | 2026-12-31 | QUARTERLY
      seed-002-backhonglinh.txt   | 17 | 2026-01-01 | 2026-12-31 | MONTHLY
      seed-003-thuynguyen.txt     | 14 | 2025-07-01 | 2025-12-31 |
      """)
  void imports_duty_sections_as_draft_tasks_without_inventing_a_due_date(String seed, int drafts, LocalDate start,
                                                                         LocalDate end, String firstReport)
      throws IOException {
    ParsedPlan parsed = PlanAssembler.parse(seed, SeedAppendixTest.resource("plans/" + seed), null);

    assertThat(parsed.tasks()).hasSize(drafts);
    assertThat(parsed.tasks()).filteredOn(task -> task.deadlineText() == null).allSatisfy(task -> {
      assertThat(task.draft()).isTrue();
      assertThat(task.leadUnits().size() + task.supportUnits().size()).isPositive();
      // a duty that names no deadline gets none: the reviewer is asked for one
      assertThat(task.schedule()).isEqualTo(Schedule.unknown());
      assertThat(task.warnings()).anyMatch(w -> w.startsWith("Nhiệm vụ dự thảo từ phần phân công trách nhiệm"))
          .contains("Kế hoạch không ghi thời hạn; cơ quan thường trực cần điền thời hạn vào ô “Sửa thời hạn” hoặc bỏ "
              + "nhiệm vụ (nhiệm vụ dự thảo số " + task.number() + ").");
    });
    assertThat(parsed.plan().periodStart()).isEqualTo(start);
    assertThat(parsed.plan().periodEnd()).isEqualTo(end);
    if (firstReport == null) {
      // seed 003's only reporting sentence is the Văn phòng's own duty, not the plan's rule
      assertThat(parsed.plan().reporting()).isEmpty();
      assertThat(parsed.warnings()).contains("Kế hoạch không nêu chế độ báo cáo định kỳ của kế hoạch; nếu có, cơ quan "
          + "thường trực cần bổ sung.");
    } else {
      assertThat(parsed.plan().reporting().get(0).kind().name()).isEqualTo(firstReport);
    }
    assertThat(parsed.warnings()).anyMatch(w -> w.startsWith("Kế hoạch không có phụ lục danh mục nhiệm vụ"));
  }

  @Test
  void proposes_the_reporting_days_seed_002_does_not_name_and_says_so() throws IOException {
    ParsedPlan parsed = PlanAssembler.parse("seed-002-backhonglinh.txt",
        SeedAppendixTest.resource("plans/seed-002-backhonglinh.txt"), null);

    assertThat(parsed.plan().reporting()).extracting(r -> r.kind().name())
        .containsExactly("MONTHLY", "QUARTERLY", "HALF_YEAR", "ANNUAL");
    assertThat(parsed.warnings()).filteredOn(w -> w.startsWith("Chế độ báo cáo ")).hasSize(4)
        .allMatch(w -> w.contains("không ghi ngày nộp: đề xuất ngày cuối kỳ")
            && w.endsWith("cơ quan thường trực cần xác nhận hoặc sửa."))
        .anyMatch(w -> w.startsWith("Chế độ báo cáo quý (“Báo cáo kết quả thực hiện các nhiệm vụ, lĩnh vực được giao "
            + "theo định kỳ hàng tháng, quý, 6 tháng, năm và đột xuất khi có yêu cầu.”) không ghi ngày nộp: đề xuất "
            + "ngày cuối kỳ (31/03/2026, 30/06/2026, 30/09/2026, 31/12/2026)"));
    // seed 000 names its days: nothing is proposed
    ParsedPlan named = PlanAssembler.parse("seed-000-aiquoc.txt", SeedAppendixTest.resource("plans/seed-000-aiquoc.txt"),
        null);
    assertThat(named.warnings()).noneMatch(w -> w.startsWith("Chế độ báo cáo "));
  }

  @Test
  void drafts_the_one_dated_general_duty_of_seed_000_and_section_vi_2_of_seed_002() throws IOException {
    ParsedPlan aiquoc = PlanAssembler.parse("seed-000-aiquoc.txt", SeedAppendixTest.resource("plans/seed-000-aiquoc.txt"),
        null);
    assertThat(aiquoc.tasks()).filteredOn(t -> t.deadlineText() != null).singleElement().satisfies(t -> {
      assertThat(t.number()).isEqualTo("1");
      assertThat(t.content()).startsWith("Các phòng, đơn vị chức năng của phường được giao chủ trì")
          .contains("trước ngày 25/01/2026");
      assertThat(t.leadUnits()).containsExactly("Các cơ quan, đơn vị");
      assertThat(t.schedule()).isEqualTo(Schedule.dueBy(LocalDate.of(2026, 1, 24)));
    });

    ParsedPlan backhonglinh = PlanAssembler.parse("seed-002-backhonglinh.txt",
        SeedAppendixTest.resource("plans/seed-002-backhonglinh.txt"), null);
    List<ParsedTask> vi2 = backhonglinh.tasks().stream()
        .filter(t -> t.leadUnits().equals(List.of("Các phòng chuyên môn, tổ chức hành chính, đơn vị liên quan"))).toList();
    assertThat(vi2).extracting(ParsedTask::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(vi2.get(0).content()).startsWith("Tổ chức thực hiện các nội dung CCHC theo kế hoạch")
        .contains("Báo cáo kết quả thực hiện các nhiệm vụ, lĩnh vực được giao theo định kỳ");
    assertThat(vi2.get(3).content()).startsWith("Tổ chức hội nghị đối thoại với người dân, doanh nghiệp");
    assertThat(vi2.get(5).content()).startsWith("Đánh giá, đo lường mức độ hài lòng");
    assertThat(vi2.get(6).content()).startsWith("Triển khai việc đánh giá kết quả công tác CCHC định kỳ");
  }

  /** Lead and support as the bullet writes them: "Phối hợp với X …" makes X the lead, the section's unit support. */
  @ParameterizedTest(name = "{0} draft {1}")
  @CsvSource(delimiter = '|', textBlock = """
      seed-000-aiquoc.txt       | 8  | Phòng Văn hóa - Xã hội                   | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường
      seed-000-aiquoc.txt       | 11 | Trung tâm Dịch vụ sự nghiệp công         | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường
      seed-000-aiquoc.txt       | 13 | Phòng Kinh tế, Hạ tầng và Đô thị phường  | Phòng Văn hóa - Xã hội; Văn phòng HĐND&UBND phường
      seed-000-aiquoc.txt       | 2  | Phòng Văn hóa - Xã hội                   |
      seed-003-thuynguyen.txt   | 5  | Phòng Kinh tế - Hạ tầng và Đô thị        | Phòng Văn hóa - Xã hội
      seed-003-thuynguyen.txt   | 9  | Phòng Văn hóa - Xã hội                   | Văn phòng HĐND&UBND
      """)
  void gives_each_unit_of_a_draft_the_role_the_bullet_names(String seed, String number, String lead, String supports)
      throws IOException {
    ParsedPlan parsed = PlanAssembler.parse(seed, SeedAppendixTest.resource("plans/" + seed), null);

    ParsedTask task = parsed.tasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    assertThat(task.leadUnits()).containsExactly(lead);
    assertThat(task.supportUnits()).containsExactlyElementsOf(
        supports == null ? List.of() : List.of(supports.split(";\\s*")));
  }

  @Test
  void asks_for_the_lead_when_a_bullet_only_says_whom_the_section_unit_supports() throws IOException {
    ParsedPlan parsed = PlanAssembler.parse("seed-000-aiquoc.txt", SeedAppendixTest.resource("plans/seed-000-aiquoc.txt"),
        null);

    ParsedTask task = parsed.tasks().get(16);
    assertThat(task.content()).startsWith("Phối hợp với các cơ quan, đơn vị liên quan để giải quyết");
    assertThat(task.leadUnits()).isEmpty();
    assertThat(task.supportUnits()).containsExactly("Trung tâm Phục vụ Hành chính công phường");
    assertThat(task.warnings()).contains("Chưa có cơ quan chủ trì (nhiệm vụ dự thảo số 17): nội dung chỉ ghi phối "
        + "hợp; cơ quan thường trực cần chọn đơn vị chủ trì.");
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
  void keeps_the_seven_targets_seed_002_states_without_a_number() throws IOException {
    ParsedPlan parsed = PlanAssembler.parse("seed-002-backhonglinh.txt",
        SeedAppendixTest.resource("plans/seed-002-backhonglinh.txt"), null);

    List<Target> qualitative = parsed.plan().targets().stream().filter(t -> !t.isNumeric()).toList();
    assertThat(qualitative).extracting(Target::code).containsExactly("1.1", "4.1", "4.3", "4.4", "5.3", "7.1.1", "7.1.3");
    assertThat(qualitative.get(0).text()).isEqualTo(
        "Ban hành kế hoạch CCHC đúng quy định và triển khai có hiệu quả kế hoạch CCHC năm 2026.");
    assertThat(parsed.plan().targets()).filteredOn(Target::isNumeric).isNotEmpty();
  }

  @Test
  void maps_draft_units_to_the_commune_and_reports_those_it_does_not_have() throws IOException {
    var commune = vn.cchcflow.organisation.CommuneDirectory.fromLocation("classpath:communes/namanphu.yaml")
        .find("namanphu").orElseThrow();

    ParsedPlan parsed = PlanAssembler.parse("seed-000-aiquoc.txt", SeedAppendixTest.resource("plans/seed-000-aiquoc.txt"),
        commune);

    // six duties of its own section, draft 8 of the Văn phòng's section ("Phối hợp với Phòng Văn hóa - Xã hội …")
    // and the general duty of all units (draft 1)
    assertThat(parsed.tasks()).filteredOn(t -> t.leadUnits().contains("vhxh")).hasSize(8);
    assertThat(parsed.tasks()).filteredOn(t -> t.leadUnits().contains("Phòng Kinh tế, Hạ tầng và Đô thị phường"))
        .allSatisfy(t -> assertThat(t.warnings()).anyMatch(w -> w.contains("Không tìm thấy đơn vị chủ trì "
            + "\"Phòng Kinh tế, Hạ tầng và Đô thị phường\" trong tổ chức của Xã Nam An Phụ")));
  }
}
