package vn.cchcflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlinePhraseParserTest {

  static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
  static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

  @ParameterizedTest(name = "[{index}] {0} -> {1} {2} {3} {4}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      Trước ngày 15/01/2026                          | DUE_BY     |            | 2026-01-14 |
      Chậm nhất ngày 09/9/2026                       | DUE_BY     |            | 2026-09-09 |
      Chậm nhất ngày 12/9/2026                       | DUE_BY     |            | 2026-09-12 |
      Trước 30/6/2026                                | DUE_BY     |            | 2026-06-29 |
      Hoàn thành trước ngày 31/3/2026                | DUE_BY     |            | 2026-03-30 |
      Ngày 20/5/2026                                 | DUE_BY     |            | 2026-05-20 |
      Quý I/2026                                     | DUE_BY     |            | 2026-03-31 |
      Quý I năm 2026                                 | DUE_BY     |            | 2026-03-31 |
      Quý 1/2026                                     | DUE_BY     |            | 2026-03-31 |
      Quý IV/2026                                    | DUE_BY     |            | 2026-12-31 |
      Quý II, III/2026                               | WINDOW     | 2026-04-01 | 2026-09-30 |
      Trong Quý II/2026                              | DUE_BY     |            | 2026-06-30 |
      Tháng 11                                       | DUE_BY     |            | 2026-11-30 |
      Tháng 10/2026                                  | DUE_BY     |            | 2026-10-31 |
      Trong tháng 6/2026                             | DUE_BY     |            | 2026-06-30 |
      Tháng 7-9/2026                                 | WINDOW     | 2026-07-01 | 2026-09-30 |
      Tháng 01/2026 đến tháng 5/2026                 | WINDOW     | 2026-01-01 | 2026-05-31 |
      Bắt đầu từ tháng 4 đến tháng 11/2026           | WINDOW     | 2026-04-01 | 2026-11-30 |
      Từ ngày 15/3/2026.                             | CONTINUOUS | 2026-03-15 | 2026-12-31 |
      Cả năm 2026                                    | CONTINUOUS |            | 2026-12-31 |
      Cả năm 2026/theo thời gian đánh giá của Bộ Y tế | CONTINUOUS |           | 2026-12-31 |
      Năm 2026                                       | CONTINUOUS |            | 2026-12-31 |
      Trong năm 2026                                 | CONTINUOUS |            | 2026-12-31 |
      Đến hết năm 2026                               | DUE_BY     |            | 2026-12-31 |
      Thường xuyên                                   | CONTINUOUS |            | 2026-12-31 |
      Thường xuyên trong năm 2026.                   | CONTINUOUS |            | 2026-12-31 |
      Thường xuyên hoặc theo lộ trình của thành phố  | CONTINUOUS |            | 2026-12-31 |
      Tháng 10 hàng năm                              | DUE_BY     |            | 2026-10-31 |
      Tháng 10 hằng năm                              | DUE_BY     |            | 2026-10-31 |
      Trước ngày 05 của tháng cuối quý               | RECURRING  |            | 2026-12-04 | 2026-03-04 2026-06-04 2026-09-04 2026-12-04
      trước ngày 05 tháng cuối quý                   | RECURRING  |            | 2026-12-04 | 2026-03-04 2026-06-04 2026-09-04 2026-12-04
      Định kỳ hằng quý                               | RECURRING  |            | 2026-12-31 | 2026-03-31 2026-06-30 2026-09-30 2026-12-31
      Hằng quý                                       | RECURRING  |            | 2026-12-31 | 2026-03-31 2026-06-30 2026-09-30 2026-12-31
      Hàng quý                                       | RECURRING  |            | 2026-12-31 | 2026-03-31 2026-06-30 2026-09-30 2026-12-31
      Hằng tháng                                     | RECURRING  |            | 2026-12-31 | 2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 2026-08-31 2026-09-30 2026-10-31 2026-11-30 2026-12-31
      Hàng tháng                                     | RECURRING  |            | 2026-12-31 | 2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 2026-08-31 2026-09-30 2026-10-31 2026-11-30 2026-12-31
      Định kỳ hằng tháng                             | RECURRING  |            | 2026-12-31 | 2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 2026-08-31 2026-09-30 2026-10-31 2026-11-30 2026-12-31
      6 tháng đầu năm 2026                           | WINDOW     | 2026-01-01 | 2026-06-30 |
      6 tháng cuối năm 2025                          | WINDOW     | 2025-07-01 | 2025-12-31 |
      Khi thành phố tổ chức                          | ON_EVENT   |            |            |
      Ngay sau khi thành phố ban hành Kế hoạch       | ON_EVENT   |            |            |
      Theo lộ trình của Nghị quyết                   | ON_EVENT   |            |            |
      Theo hướng dẫn của Trung ương và Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND thành phố | ON_EVENT | | |
      Theo yêu cầu                                   | ON_EVENT   |            |            |
      Khi có văn bản chỉ đạo                         | ON_EVENT   |            |            |
      """)
  void reads_each_phrase_of_the_design_brief(
      String phrase, ScheduleKind kind, LocalDate start, LocalDate due, String dues) {
    assertThat(DeadlinePhraseParser.parse(phrase, YEAR_START, YEAR_END))
        .isEqualTo(new Schedule(kind, start, due, dates(dues)));
  }

  @ParameterizedTest(name = "[{index}] {0} in {1}..{2} -> {3} {4} {5} {6}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      Trước ngày 05 của tháng cuối quý | 2025-07-01 | 2025-12-31 | RECURRING  |            | 2025-12-04 | 2025-09-04 2025-12-04
      Hằng quý                         | 2025-07-01 | 2025-12-31 | RECURRING  |            | 2025-12-31 | 2025-09-30 2025-12-31
      Hằng tháng                       | 2025-07-01 | 2025-12-31 | RECURRING  |            | 2025-12-31 | 2025-07-31 2025-08-31 2025-09-30 2025-10-31 2025-11-30 2025-12-31
      6 tháng cuối năm 2025            | 2025-07-01 | 2025-12-31 | WINDOW     | 2025-07-01 | 2025-12-31 |
      6 tháng cuối năm                 | 2025-07-01 | 2025-12-31 | WINDOW     | 2025-07-01 | 2025-12-31 |
      Thường xuyên                     | 2025-07-01 | 2025-12-31 | CONTINUOUS |            | 2025-12-31 |
      Trong năm                        | 2025-07-01 | 2025-12-31 | CONTINUOUS |            | 2025-12-31 |
      Tháng 10 hằng năm                | 2025-07-01 | 2025-12-31 | DUE_BY     |            | 2025-10-31 |
      Tháng 11                         | 2025-07-01 | 2026-06-30 | DUE_BY     |            | 2025-11-30 |
      Tháng 3                          | 2025-07-01 | 2026-06-30 | DUE_BY     |            | 2026-03-31 |
      Từ tháng 11 đến tháng 2/2026     | 2025-07-01 | 2026-06-30 | WINDOW     | 2025-11-01 | 2026-02-28 |
      Trước ngày 15/01/2027            | 2026-01-01 | 2026-12-31 | DUE_BY     |            | 2027-01-14 |
      Quý IV/2025                      | 2026-01-01 | 2026-12-31 | DUE_BY     |            | 2025-12-31 |
      """)
  void reads_the_phrase_against_its_own_plan_period_and_keeps_written_dates_outside_it(
      String phrase, LocalDate periodStart, LocalDate periodEnd,
      ScheduleKind kind, LocalDate start, LocalDate due, String dues) {
    assertThat(DeadlinePhraseParser.parse(phrase, periodStart, periodEnd))
        .isEqualTo(new Schedule(kind, start, due, dates(dues)));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1} {2} {3} {4}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      '  TRƯỚC   NGÀY  15/01/2026 . '      | DUE_BY     |            | 2026-01-14 |
      trước ngày 15/1/2026                 | DUE_BY     |            | 2026-01-14 |
      9/9/2026                             | DUE_BY     |            | 2026-09-09 |
      Ngày 15 tháng 3 năm 2026             | DUE_BY     |            | 2026-03-15 |
      Trước ngày 15 tháng 3 năm 2026       | DUE_BY     |            | 2026-03-14 |
      Đến ngày 30/6/2026                   | DUE_BY     |            | 2026-06-30 |
      Quý ii năm 2026                      | DUE_BY     |            | 2026-06-30 |
      Quí III/2026                         | DUE_BY     |            | 2026-09-30 |
      Quý IV/2026.                         | DUE_BY     |            | 2026-12-31 |
      Quý 2, 3/2026                        | WINDOW     | 2026-04-01 | 2026-09-30 |
      Quý II-IV/2026                       | WINDOW     | 2026-04-01 | 2026-12-31 |
      Tháng 6 năm 2026                     | DUE_BY     |            | 2026-06-30 |
      Tháng 7 - 9 / 2026                   | WINDOW     | 2026-07-01 | 2026-09-30 |
      Tháng 7, 8, 9/2026                   | WINDOW     | 2026-07-01 | 2026-09-30 |
      Chậm nhất trong tháng 6/2026         | DUE_BY     |            | 2026-06-30 |
      Cuối quý II/2026                     | DUE_BY     |            | 2026-06-30 |
      Đến hết 6 tháng đầu năm 2026         | DUE_BY     |            | 2026-06-30 |
      Trước tháng 6/2026                   | DUE_BY     |            | 2026-05-31 |
      Từ ngày 01/3/2026 đến ngày 30/6/2026 | WINDOW     | 2026-03-01 | 2026-06-30 |
      Từ quý II đến hết quý III/2026       | WINDOW     | 2026-04-01 | 2026-09-30 |
      Từ tháng 4/2026                      | CONTINUOUS | 2026-04-01 | 2026-12-31 |
      Cả năm                               | CONTINUOUS |            | 2026-12-31 |
      Chậm nhất ngày 05 tháng cuối quý     | RECURRING  |            | 2026-12-05 | 2026-03-05 2026-06-05 2026-09-05 2026-12-05
      Trước ngày 10 hằng tháng             | RECURRING  |            | 2026-12-09 | 2026-01-09 2026-02-09 2026-03-09 2026-04-09 2026-05-09 2026-06-09 2026-07-09 2026-08-09 2026-09-09 2026-10-09 2026-11-09 2026-12-09
      Theo kế hoạch của UBND thành phố     | ON_EVENT   |            |            |
      Sau khi có kết quả thẩm định         | ON_EVENT   |            |            |
      """)
  void tolerates_case_spacing_spelling_and_other_common_forms(
      String phrase, ScheduleKind kind, LocalDate start, LocalDate due, String dues) {
    assertThat(DeadlinePhraseParser.parse(phrase, YEAR_START, YEAR_END))
        .isEqualTo(new Schedule(kind, start, due, dates(dues)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Trước ngày 15/01/2026", "Quý II, III/2026", "Thường xuyên trong năm 2026.", "Đến hết năm 2026",
      "Hằng quý", "6 tháng đầu năm 2026", "Khi có văn bản chỉ đạo"})
  void reads_decomposed_unicode_like_composed_text(String phrase) {
    String decomposed = Normalizer.normalize(phrase, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(phrase);
    Schedule schedule = DeadlinePhraseParser.parse(decomposed, YEAR_START, YEAR_END);
    assertThat(schedule).isEqualTo(DeadlinePhraseParser.parse(phrase, YEAR_START, YEAR_END));
    assertThat(schedule.kind()).isNotEqualTo(ScheduleKind.UNKNOWN);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "   ", "abc", "Sớm nhất có thể", "Hằng năm", "Năm", "Tháng 13/2026", "Ngày 31/2/2026", "Quý V/2026",
      "Quý I, III/2026", "Tháng 9-7/2026", "7-9/2026", "Từ tháng 5/2026 đến tháng 1/2026", "Ngày 0 hằng tháng"})
  void returns_unknown_instead_of_guessing(String phrase) {
    assertThat(DeadlinePhraseParser.parse(phrase, YEAR_START, YEAR_END)).isEqualTo(Schedule.unknown());
  }

  private static List<LocalDate> dates(String isoDates) {
    return isoDates == null ? List.of() : Arrays.stream(isoDates.trim().split("\\s+")).map(LocalDate::parse).toList();
  }
}
