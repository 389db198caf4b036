package vn.cchcflow.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line preview, as an operator runs it: JSON on stdout and exit 0, or a Vietnamese error and exit 2. */
class ParsePlanCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void prints_the_parsed_plan_as_json_with_iso_dates() throws IOException {
    Path seed = copy("seed-001-namanphu.txt");

    int exit = run(seed.toString(), "--commune", "namanphu");

    assertThat(exit).isZero();
    JsonNode json = ParsePlanCommand.json().readTree(out.toByteArray());
    assertThat(json.at("/plan/title").asText()).isEqualTo("Kế hoạch cải cách hành chính nhà nước xã Nam An Phụ năm 2026");
    assertThat(json.at("/plan/periodStart").asText()).isEqualTo("2026-01-01");
    assertThat(json.at("/plan/coordinatingUnit").asText()).isEqualTo("vhxh");
    assertThat(json.at("/plan/reporting/0/kind").asText()).isEqualTo("QUARTERLY");
    assertThat(json.at("/tasks").size()).isEqualTo(36);
    JsonNode first = json.at("/tasks/0");
    assertThat(first.at("/number").asText()).isEqualTo("1");
    assertThat(first.at("/leadUnits/0").asText()).isEqualTo("vhxh");
    assertThat(first.at("/deadlineText").asText()).isEqualTo("Trước ngày 15/01/2026");
    assertThat(first.at("/schedule/kind").asText()).isEqualTo("DUE_BY");
    assertThat(first.at("/schedule/due").asText()).isEqualTo("2026-01-14");
    assertThat(first.at("/draft").asBoolean()).isFalse();
    assertThat(json.at("/tasks/2/schedule/dues").toString())
        .isEqualTo("[\"2026-03-04\",\"2026-06-04\",\"2026-09-04\",\"2026-12-04\"]");
  }

  @Test
  void reads_utf16_and_windows_1258_copies_of_seed_001_to_the_same_36_tasks() throws IOException {
    assertThat(run(copy("seed-001-namanphu.txt").toString(), "--commune", "namanphu")).isZero();
    JsonNode utf8 = ParsePlanCommand.json().readTree(out.toByteArray());
    String text = new String(SeedAppendixTest.resource("plans/seed-001-namanphu.txt"), StandardCharsets.UTF_8);

    for (var copy : java.util.Map.of("ke-hoach-utf16.txt", EncodedSeeds.utf16(text),
        "ke-hoach-windows1258.txt", EncodedSeeds.windows1258(text)).entrySet()) {
      Path file = dir.resolve(copy.getKey());
      Files.write(file, copy.getValue());
      out.reset();

      assertThat(run(file.toString(), "--commune", "namanphu")).as(copy.getKey()).isZero();
      JsonNode read = ParsePlanCommand.json().readTree(out.toByteArray());
      assertThat(read.at("/tasks").size()).as(copy.getKey()).isEqualTo(36);
      assertThat(read).as(copy.getKey()).isEqualTo(utf8);
    }
  }

  @Test
  void names_a_legacy_font_encoding_it_cannot_read() throws IOException {
    Path old = dir.resolve("ke-hoach-vntime.txt");
    Files.write(old, "KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2026".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(run(old.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lỗi: Tệp \"" + old + "\" được soạn bằng bảng mã TCVN3");
  }

  @Test
  void keeps_unit_names_as_written_without_a_commune() throws IOException {
    int exit = run(copy("seed-004-quyetthang.txt").toString());

    assertThat(exit).isZero();
    JsonNode json = ParsePlanCommand.json().readTree(out.toByteArray());
    assertThat(json.at("/tasks/0/leadUnits/0").asText()).isEqualTo("Trung tâm Phục vụ hành chính công");
  }

  @Test
  void names_the_row_and_column_of_a_task_without_content() throws IOException {
    Path csv = dir.resolve("ke-hoach.csv");
    Files.writeString(csv, """
        Tên kế hoạch,Kế hoạch cải cách hành chính năm 2026
        STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Sản phẩm
        1,Ban hành kế hoạch,Phòng Văn hóa - Xã hội,,Quý I/2026,Kế hoạch
        2,,Phòng Kinh tế,,Quý II/2026,Báo cáo
        """, StandardCharsets.UTF_8);

    int exit = run(csv.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lỗi: Không đọc được dòng 4, cột “Nội dung công việc”: "
        + "nhiệm vụ số 2 không có nội dung.");
  }

  @Test
  void names_the_missing_column_of_a_sheet_without_a_usable_header() throws IOException {
    Path csv = dir.resolve("thieu-cot.csv");
    Files.writeString(csv, "STT;Nội dung công việc;Thời gian thực hiện\n1;Ban hành kế hoạch;Quý I/2026\n",
        StandardCharsets.UTF_8);

    assertThat(run(csv.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Hàng tiêu đề của bảng nhiệm vụ (dòng 1) thiếu cột “Cơ quan chủ trì”");
  }

  @Test
  void refuses_a_file_that_is_not_a_plan_document() throws IOException {
    Path broken = dir.resolve("ke-hoach.xlsx");
    Files.writeString(broken, "không phải tệp Excel");

    assertThat(run(broken.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không đọc được tệp Excel (.xlsx)");
    assertThat(run(dir.resolve("khong-co.docx").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("không tìm thấy tệp");
  }

  private int run(String... args) {
    return ParsePlanCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path copy(String seed) throws IOException {
    Path file = dir.resolve(seed);
    Files.write(file, SeedAppendixTest.resource("plans/" + seed));
    return file;
  }
}
