package vn.cchcflow.planimport.internal;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DutySectionDrafterTest {

  // seed 000 — IV.2 "Phân công trách nhiệm cụ thể": lettered unit sections a) … e) with "-" bullets

  @Test
  void drafts_one_duty_per_bullet_of_each_unit_section_of_seed_000() {
    List<DraftDuty> duties = draft("seed-000-aiquoc.txt");

    assertThat(perUnit(duties)).containsExactly(
        entry("Các cơ quan, đơn vị", 1L),
        entry("Phòng Văn hóa - Xã hội", 6L),
        entry("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", 4L),
        entry("Phòng Kinh tế, Hạ tầng và Đô thị phường", 3L),
        entry("Trung tâm Phục vụ Hành chính công phường", 6L),
        entry("Trung tâm Dịch vụ Sự nghiệp công phường", 2L));
    // the one general duty with a deadline of its own (IV.1.d); the unit duties name none
    assertThat(duties.get(0).deadlineText()).isEqualTo("trước ngày 25/01/2026");
    assertThat(duties.get(0).content()).startsWith("Các phòng, đơn vị chức năng của phường được giao chủ trì");
    assertThat(duties.subList(1, duties.size())).extracting(DraftDuty::deadlineText).containsOnlyNulls();
  }

  @Test
  void keeps_the_bullet_text_of_seed_000_and_joins_a_bullet_broken_by_a_page() {
    List<DraftDuty> duties = draft("seed-000-aiquoc.txt");

    assertThat(duties.get(1)).isEqualTo(new DraftDuty("Phòng Văn hóa - Xã hội", "Tham mưu Ủy ban nhân dân phường hướng "
        + "dẫn, đôn đốc, theo dõi, kiểm tra việc triển khai thực hiện Kế hoạch này tại các cơ quan, đơn vị; tổng hợp, "
        + "báo cáo kết quả thực hiện về Ủy ban nhân dân phường, tham mưu Ủy ban nhân dân phường báo cáo Sở Nội vụ, Ủy "
        + "ban nhân dân thành phố theo quy định.", null));
    assertThat(duties.get(11)).isEqualTo(new DraftDuty("Phòng Kinh tế, Hạ tầng và Đô thị phường", "Chủ trì, phối hợp "
        + "với các cơ quan, đơn vị có liên quan tham mưu, thực hiện các nội dung về cải cách tài chính công.", null));
    assertThat(duties.get(16).content()).contains("thủ tục hành chính yêu cầu giải quyết ngay trong ngày");
  }

  @Test
  void skips_the_general_duties_and_the_request_to_the_fatherland_front_in_seed_000() {
    List<DraftDuty> duties = draft("seed-000-aiquoc.txt");

    assertThat(duties).extracting(DraftDuty::content).noneMatch(c -> c.contains("Mặt trận Tổ quốc"))
        .noneMatch(c -> c.startsWith("Căn cứ các nhiệm vụ, công việc và chỉ tiêu"))
        .noneMatch(c -> c.contains("Các thành viên Ban Chỉ đạo"));
    assertThat(duties.get(duties.size() - 1).content()).startsWith("Kịp thời đưa các tin, bài, ý kiến của người dân");
  }

  // seed 002 — VI "Tổ chức thực hiện": numbered sections, one shared by two units, one without bullets

  @Test
  void drafts_the_unit_sections_of_seed_002_splitting_the_section_shared_by_two_units() {
    List<DraftDuty> duties = draft("seed-002-backhonglinh.txt");

    assertThat(perUnit(duties)).containsExactly(
        entry("Các phòng chuyên môn, tổ chức hành chính, đơn vị liên quan", 7L),
        entry("Phòng Văn hóa - Xã hội", 4L),
        entry("Trung tâm Phục vụ hành chính công phường", 3L),
        entry("Văn phòng HĐND-UBND phường", 1L),
        entry("Trung tâm Dịch vụ tổng hợp phường", 1L),
        entry("Ban biên tập Trang TTĐT phường", 1L));
    assertThat(duties).extracting(DraftDuty::deadlineText).containsOnlyNulls();
  }

  @Test
  void joins_the_hard_wrapped_lines_of_seed_002_and_keeps_the_standing_role_out_of_the_duties() {
    List<DraftDuty> duties = draft("seed-002-backhonglinh.txt");

    assertThat(duties.get(7)).isEqualTo(new DraftDuty("Phòng Văn hóa - Xã hội", "Chủ trì, phối hợp với các cơ quan, đơn "
        + "vị liên quan hướng dẫn, đôn đốc, theo dõi, đánh giá; tổ chức sơ kết, tổng kết việc triển khai kế hoạch CCHC "
        + "năm 2026 của phường đảm bảo chất lượng, hiệu quả, đúng tiến độ theo quy định.", null));
    assertThat(duties).extracting(DraftDuty::content).noneMatch(c -> c.startsWith("Là cơ quan Thường trực"));
    assertThat(duties.get(14).content()).startsWith("Trên cơ sở chức năng, nhiệm vụ chuyên môn được giao, Kế hoạch này")
        .endsWith("đảm bảo đạt hiệu quả, chất lượng.");
    assertThat(duties.get(16)).isEqualTo(new DraftDuty("Ban biên tập Trang TTĐT phường", "Xây dựng chuyên mục, chuyên "
        + "trang về CCHC trên Trang thông tin điện tử và các hình thức tuyên truyền khác như hội nghị phổ biến, tập "
        + "huấn, học tập mô hình CCHC ở các địa phương và các loại hình thông tin tuyên truyền đa dạng khác.", null));
  }

  @Test
  void skips_the_steering_committee_all_unit_heads_and_the_fatherland_front_in_seed_002() {
    List<DraftDuty> duties = draft("seed-002-backhonglinh.txt");

    assertThat(duties).extracting(DraftDuty::unitName).noneMatch(u -> u.startsWith("Ban Chỉ đạo"))
        .noneMatch(u -> u.startsWith("Trưởng các phòng")).noneMatch(u -> u.contains("Mặt trận"));
    assertThat(duties).extracting(DraftDuty::content).noneMatch(c -> c.startsWith("Vận động người dân"))
        .noneMatch(c -> c.startsWith("Yêu cầu trưởng các phòng"));
  }

  // seed 003 — IV "Tổ chức thực hiện": numbered unit sections, closed by a closing paragraph

  @Test
  void drafts_the_four_unit_sections_of_seed_003() {
    List<DraftDuty> duties = draft("seed-003-thuynguyen.txt");

    assertThat(perUnit(duties)).containsExactly(
        entry("Phòng Văn hóa - Xã hội", 5L),
        entry("Văn phòng HĐND&UBND", 4L),
        entry("Phòng Kinh tế - Hạ tầng và Đô thị", 2L),
        entry("Trung tâm Phục vụ hành chính công", 3L));
    assertThat(duties.get(10)).isEqualTo(new DraftDuty("Phòng Kinh tế - Hạ tầng và Đô thị", "Thẩm định và đề xuất Ủy "
        + "ban nhân dân phường phê duyệt kinh phí thực hiện nhiệm vụ cải cách hành chính 6 tháng cuối năm 2025.", null));
  }

  @Test
  void does_not_read_recurring_words_or_the_plan_period_as_deadlines_in_seed_003() {
    List<DraftDuty> duties = draft("seed-003-thuynguyen.txt");

    assertThat(duties.get(6).content()).endsWith("Định kỳ hàng quý, có văn bản báo cáo Ủy ban nhân dân phường và Ủy "
        + "ban nhân dân thành phố Hải Phòng.");
    assertThat(duties).extracting(DraftDuty::deadlineText).containsOnlyNulls();
    assertThat(duties).extracting(DraftDuty::content)
        .noneMatch(c -> c.startsWith("Trong quá trình triển khai thực hiện nếu có vấn đề vướng mắc"));
  }

  // deadlines

  @Test
  void extracts_the_quarter_named_in_a_duty_of_seed_001() {
    List<DraftDuty> duties = draft("seed-001-namanphu.txt");

    assertThat(duties).filteredOn(d -> d.deadlineText() != null).singleElement().satisfies(d -> {
      assertThat(d.unitName()).isEqualTo("Phòng Kinh tế xã");
      assertThat(d.deadlineText()).isEqualTo("Quý I/2026");
      assertThat(d.content()).endsWith("theo hướng dẫn của thành phố trong Quý I/2026.");
    });
  }

  @Test
  void extracts_explicit_dates_and_months_but_not_document_dates_or_recurring_words() {
    List<DraftDuty> duties = DutySectionDrafter.draft("""
        IV. TỔ CHỨC THỰC HIỆN
        1. Phòng Văn hóa - Xã hội:
        - Trình Kế hoạch tuyên truyền trước ngày 15/12/2026.
        - Tổ chức hội thi chậm nhất ngày 30 tháng 9 năm 2026.
        - Tập huấn cán bộ trong tháng 10/2026.
        - Triển khai Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND thành phố.
        - Báo cáo kết quả hằng quý; thường xuyên cập nhật tin bài.
        2. Đề nghị Ủy ban Mặt trận Tổ quốc xã:
        - Giám sát việc thực hiện.
        """);

    assertThat(duties).extracting(DraftDuty::deadlineText)
        .containsExactly("trước ngày 15/12/2026", "chậm nhất ngày 30 tháng 9 năm 2026", "tháng 10/2026", null, null);
  }

  @Test
  void drafts_nothing_from_a_text_without_an_implementation_part() {
    assertThat(DutySectionDrafter.draft("I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng phục vụ.\n")).isEmpty();
  }

  private static Map<String, Long> perUnit(List<DraftDuty> duties) {
    return duties.stream().collect(groupingBy(DraftDuty::unitName, LinkedHashMap::new, counting()));
  }

  private List<DraftDuty> draft(String seed) {
    try (InputStream in = getClass().getResourceAsStream("/plans/" + seed)) {
      assertThat(in).as("fixture %s", seed).isNotNull();
      return DutySectionDrafter.draft(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
