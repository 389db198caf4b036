package vn.cchcflow.planimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.ParsedTask;
import vn.cchcflow.schedule.ScheduleKind;

/**
 * The preview of every seed lists each point the importer could not read or had to propose, with its row:
 * every task without a date it will need carries a warning that names the row (appendix line or draft
 * number), and that warning is in the Markdown the reviewer reads.
 */
class SeedPreviewTest {

  private static final CommuneDirectory COMMUNES = CommuneDirectory.fromLocation("classpath:communes/*.yaml");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      seed-000-aiquoc.txt       | namanphu   | 21 | 0
      seed-001-namanphu.txt     | namanphu   | 0  | 0
      seed-002-backhonglinh.txt | namanphu   | 17 | 4
      seed-003-thuynguyen.txt   | namanphu   | 14 | 0
      seed-004-quyetthang.txt   | quyetthang | 1  | 0
      """)
  void lists_every_missing_date_and_every_proposal_with_its_row(String seed, String communeId, int undated,
                                                                int proposedReports) throws IOException {
    Commune commune = COMMUNES.find(communeId).orElseThrow();
    ParsedPlan parsed;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("plans/" + seed)) {
      parsed = PlanAssembler.parse(seed, in.readAllBytes(), commune);
    }
    String preview = ImportPreview.markdown(parsed, commune);

    var withoutDate = parsed.tasks().stream()
        .filter(t -> t.schedule().kind() != ScheduleKind.ON_EVENT && t.schedule().due() == null).toList();
    assertThat(withoutDate).hasSize(undated);
    for (ParsedTask task : withoutDate) {
      String row = task.draft() ? "(nhiệm vụ dự thảo số " + task.number() + ")" : "(dòng ";
      assertThat(task.warnings()).as(task.number())
          .anyMatch(w -> w.contains("cơ quan thường trực cần điền thời hạn") && w.contains(row));
      task.warnings().forEach(w -> assertThat(preview).contains(w));
    }
    assertThat(parsed.warnings()).filteredOn(w -> w.startsWith("Chế độ báo cáo ")).hasSize(proposedReports)
        .allSatisfy(w -> assertThat(preview).contains(w));
    if (proposedReports > 0) {
      assertThat(preview).contains("đề xuất, kế hoạch không ghi ngày: ");
    }
  }
}
