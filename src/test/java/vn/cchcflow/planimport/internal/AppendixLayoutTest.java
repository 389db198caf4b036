package vn.cchcflow.planimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.ParsedTask;

/** Layouts of task tables other than the seeds': letter and "Phần" areas, restarting numbers, extra columns. */
class AppendixLayoutTest {

  private static ParsedPlan parse(String table) {
    String text = "KẾ HOẠCH\nCải cách hành chính xã Thử Nghiệm năm 2026\n\n" + table.replace("|", "\t");
    return PlanAssembler.parse("ke-hoach.txt", text.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void reads_areas_marked_by_letters_with_numbering_that_restarts_made_unique_with_a_note() {
    ParsedPlan parsed = parse("""
        STT|Nội dung công việc|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian thực hiện|Sản phẩm|Ghi chú|Kinh phí
        A|Cải cách thể chế|||||
        1|Rà soát văn bản|Văn phòng HĐND và UBND||Quý I/2026|Báo cáo|Theo Kế hoạch số 12|5 triệu đồng
        2|Theo dõi thi hành pháp luật|Văn phòng HĐND và UBND||Quý IV/2026|Báo cáo||
        B.|Cải cách thủ tục hành chính|||||
        1|Công khai thủ tục|Trung tâm Phục vụ hành chính công||Thường xuyên|||
        """);

    assertThat(parsed.tasks()).extracting(ParsedTask::number).containsExactly("A.1", "A.2", "B.1");
    assertThat(parsed.tasks()).extracting(ParsedTask::area)
        .containsExactly("A. Cải cách thể chế", "A. Cải cách thể chế", "B. Cải cách thủ tục hành chính");
    assertThat(parsed.tasks().get(0).content()).isEqualTo("Rà soát văn bản");
    assertThat(parsed.tasks().get(0).notes()).containsExactly("Ghi chú: Theo Kế hoạch số 12", "Kinh phí: 5 triệu đồng");
    assertThat(parsed.tasks().get(1).notes()).isEmpty();
    assertThat(parsed.warnings()).contains("Số thứ tự nhiệm vụ bắt đầu lại ở mỗi phần của bảng; mỗi nhiệm vụ được ghi "
        + "kèm ký hiệu phần của nó (ví dụ “A.1”) để không trùng số.");
    assertThat(ImportPreview.markdown(parsed, null)).contains("Ghi chú trong bảng: Ghi chú: Theo Kế hoạch số 12; "
        + "Kinh phí: 5 triệu đồng");
  }

  @Test
  void reads_phan_areas_and_areas_written_in_the_content_cell() {
    ParsedPlan parsed = parse("""
        TT|Nhiệm vụ|Đơn vị chủ trì|Đơn vị phối hợp|Thời hạn|Căn cứ
        Phần 1|Nhiệm vụ chung||||
        1|Ban hành kế hoạch|Phòng Văn hóa - Xã hội||Trước ngày 15/01/2026|Nghị quyết 76
        |Phần II: Nhiệm vụ trọng tâm||||
        2|Đánh giá chỉ số CCHC|Phòng Văn hóa - Xã hội||Quý IV/2026|
        """);

    assertThat(parsed.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    assertThat(parsed.tasks()).extracting(ParsedTask::area).containsExactly("1. Nhiệm vụ chung", "II. Nhiệm vụ trọng tâm");
    assertThat(parsed.tasks().get(0).content()).isEqualTo("Ban hành kế hoạch");
    assertThat(parsed.tasks().get(0).notes()).containsExactly("Căn cứ: Nghị quyết 76");
    assertThat(parsed.warnings()).noneMatch(w -> w.startsWith("Số thứ tự"));
  }

  @Test
  void reports_a_number_used_twice_naming_both_rows() {
    ParsedPlan parsed = parse("""
        STT|Nội dung công việc|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian thực hiện|Sản phẩm
        I|Cải cách thể chế||||
        1|Rà soát văn bản|Văn phòng HĐND và UBND||Quý I/2026|Báo cáo
        2|Theo dõi thi hành pháp luật|Văn phòng HĐND và UBND||Quý II/2026|Báo cáo
        2|Phổ biến pháp luật|Văn phòng HĐND và UBND||Quý III/2026|Báo cáo
        """);

    assertThat(parsed.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "2");
    assertThat(parsed.warnings()).contains("Số thứ tự “2” dùng cho hai nhiệm vụ (dòng 7 và dòng 8); cần sửa số của một "
        + "nhiệm vụ trước khi xác nhận.");
  }
}
