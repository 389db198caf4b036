package vn.cchcflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WorkingCalendarTest {

  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  @TempDir
  Path dir;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void weekends_are_closed_with_their_vietnamese_name() {
    assertThat(VN.closedBecause(d("2026-03-07"))).contains("Thứ Bảy");
    assertThat(VN.closedBecause(d("2026-03-08"))).contains("Chủ nhật");
    assertThat(VN.isWorkingDay(d("2026-03-07"))).isFalse();
    assertThat(VN.closedBecause(d("2026-03-09"))).isEmpty();
    assertThat(VN.isWorkingDay(d("2026-03-09"))).isTrue();
  }

  @ParameterizedTest(name = "{0} closed: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-01-01 | Tết Dương lịch
      2026-01-01 | Tết Dương lịch
      2027-01-01 | Tết Dương lịch
      2025-01-29 | Tết Nguyên đán
      2026-02-17 | Tết Nguyên đán
      2027-02-08 | Tết Nguyên đán
      2025-04-07 | Giỗ Tổ Hùng Vương
      2026-04-26 | Giỗ Tổ Hùng Vương
      2026-04-27 | Giỗ Tổ Hùng Vương (nghỉ bù)
      2027-04-16 | Giỗ Tổ Hùng Vương
      2025-04-30 | Ngày Chiến thắng
      2026-04-30 | Ngày Chiến thắng
      2027-04-30 | Ngày Chiến thắng
      2025-05-01 | Ngày Quốc tế Lao động
      2026-05-01 | Ngày Quốc tế Lao động
      2027-05-03 | Ngày Quốc tế Lao động (nghỉ bù)
      2025-09-01 | Quốc khánh
      2025-09-02 | Quốc khánh
      2026-09-01 | Quốc khánh
      2026-09-02 | Quốc khánh
      2027-09-02 | Quốc khánh
      2027-09-03 | Quốc khánh
      """)
  void each_holiday_kind_is_closed_with_its_vietnamese_name(LocalDate day, String name) {
    assertThat(VN.isWorkingDay(day)).isFalse();
    assertThat(VN.closedBecause(day)).contains(name);
  }

  @Test
  void tet_2026_is_closed_from_14_to_22_february_and_the_monday_after_is_open() {
    for (LocalDate day = d("2026-02-14"); !day.isAfter(d("2026-02-22")); day = day.plusDays(1)) {
      assertThat(VN.closedBecause(day)).as(day.toString()).contains("Tết Nguyên đán");
    }
    assertThat(VN.isWorkingDay(d("2026-02-13"))).isTrue();
    assertThat(VN.isWorkingDay(d("2026-02-23"))).isTrue();
  }

  @Test
  void on_or_after_moves_a_notice_past_tet_and_past_gio_to_with_its_compensatory_day() {
    assertThat(VN.onOrAfter(d("2026-02-13"))).isEqualTo(d("2026-02-13"));
    assertThat(VN.onOrAfter(d("2026-02-14"))).isEqualTo(d("2026-02-23"));
    assertThat(VN.onOrAfter(d("2026-04-25"))).isEqualTo(d("2026-04-28"));
    assertThat(VN.onOrAfter(d("2026-04-30"))).isEqualTo(d("2026-05-04"));
  }

  @Test
  void shipped_make_up_saturdays_are_working_days_and_their_swapped_weekdays_are_not() {
    assertThat(VN.isWorkingDay(d("2025-04-26"))).isTrue();
    assertThat(VN.isWorkingDay(d("2025-05-02"))).isFalse();
    assertThat(VN.isWorkingDay(d("2026-01-10"))).isTrue();
    assertThat(VN.closedBecause(d("2026-01-02"))).contains("Tết Dương lịch (nghỉ hoán đổi)");
    assertThat(VN.isWorkingDay(d("2026-08-22"))).isTrue();
    assertThat(VN.onOrAfter(d("2026-08-29"))).isEqualTo(d("2026-09-03"));
  }

  @Test
  void years_outside_the_file_have_weekends_only() {
    assertThat(VN.firstYear()).isEqualTo(2025);
    assertThat(VN.lastYear()).isEqualTo(2027);
    assertThat(VN.isWorkingDay(d("2028-01-03"))).isTrue();
    assertThat(VN.closedBecause(d("2028-09-02"))).contains("Thứ Bảy");
    assertThat(VN.isWorkingDay(d("2024-09-02"))).isTrue();
  }

  @Test
  void a_configured_extra_working_day_is_open_and_an_extra_holiday_is_closed() {
    WorkingCalendar calendar = WorkingCalendar.load(WorkingCalendar.SHIPPED,
        List.of(d("2026-11-21"), d("2026-02-16")), List.of(d("2026-11-24"), d("2026-01-10")));
    assertThat(calendar.isWorkingDay(d("2026-11-21"))).isTrue();
    assertThat(calendar.onOrAfter(d("2026-11-21"))).isEqualTo(d("2026-11-21"));
    assertThat(calendar.isWorkingDay(d("2026-02-16"))).isTrue();
    assertThat(calendar.closedBecause(d("2026-11-24"))).contains("Ngày nghỉ theo cấu hình");
    assertThat(calendar.isWorkingDay(d("2026-01-10"))).isFalse();
    assertThat(VN.isWorkingDay(d("2026-11-21"))).isFalse();
    assertThat(VN.isWorkingDay(d("2026-11-24"))).isTrue();
  }

  @Test
  void a_day_both_extra_working_and_extra_holiday_is_refused() {
    assertThatThrownBy(() -> WorkingCalendar.load(WorkingCalendar.SHIPPED, List.of(d("2026-11-21")),
        List.of(d("2026-11-21"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-11-21 both as an extra working day and as an extra holiday");
  }

  @Test
  void reads_a_file_location_with_the_operator_s_own_holidays() throws IOException {
    WorkingCalendar calendar = WorkingCalendar.load(file("""
        holidays:
          - { date: 2030-01-01, name: Tết Dương lịch }
        workingDays:
          - { date: 2030-01-05, name: Làm bù }
        """), null, null);
    assertThat(calendar.closedBecause(d("2030-01-01"))).contains("Tết Dương lịch");
    assertThat(calendar.isWorkingDay(d("2030-01-05"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2026-02-17"))).isTrue();
    assertThat(calendar.firstYear()).isEqualTo(2030);
  }

  @Test
  void a_file_with_an_invalid_date_is_refused_naming_the_entry() throws IOException {
    String location = file("""
        holidays:
          - { date: 2026-01-01, name: Tết Dương lịch }
          - { date: 2026-04-31, name: Ngày Chiến thắng }
        """);
    assertThatThrownBy(() -> WorkingCalendar.load(location, List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(location)
        .hasMessageContaining("holidays entry 2 { date: 2026-04-31, name: Ngày Chiến thắng }")
        .hasMessageContaining("'2026-04-31' is not a valid date (write yyyy-MM-dd)");
  }

  @Test
  void a_file_with_a_range_ending_before_it_starts_is_refused_naming_the_entry() throws IOException {
    String location = file("""
        holidays:
          - { from: 2026-02-22, to: 2026-02-14, name: Tết Nguyên đán }
        """);
    assertThatThrownBy(() -> WorkingCalendar.load(location, List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holidays entry 1 { from: 2026-02-22, to: 2026-02-14, name: Tết Nguyên đán }")
        .hasMessageContaining("end 2026-02-14 is before start 2026-02-22");
  }

  @Test
  void a_file_with_other_mistakes_is_refused_with_a_message_saying_what() throws IOException {
    assertThatThrownBy(() -> WorkingCalendar.load(file("""
        holidays:
          - { date: 2026-01-01, from: 2026-01-01, to: 2026-01-02, name: Tết Dương lịch }
        """), null, null)).hasMessageContaining("give either date, or both from and to");
    assertThatThrownBy(() -> WorkingCalendar.load(file("""
        holidays:
          - { date: 2026-01-01 }
        """), null, null)).hasMessageContaining("holidays entry 1").hasMessageContaining("name is missing");
    assertThatThrownBy(() -> WorkingCalendar.load(file("""
        holidays:
          - { date: 2026-01-01, name: Tết Dương lịch }
        workingDays:
          - { date: 2026-08-21, name: Làm bù }
        """), null, null)).hasMessageContaining("workingDays entry 1")
        .hasMessageContaining("2026-08-21 is a Friday, not a Saturday or Sunday");
    assertThatThrownBy(() -> WorkingCalendar.load(file("""
        holidays:
          - { from: 2026-02-14, to: 2026-02-22, name: Tết Nguyên đán }
        workingDays:
          - { date: 2026-02-21, name: Làm bù }
        """), null, null)).hasMessageContaining("2026-02-21 is also listed under holidays (Tết Nguyên đán)");
    assertThatThrownBy(() -> WorkingCalendar.load(file("""
        holidays:
          - { day: 2026-01-01, name: Tết Dương lịch }
        """), null, null)).hasMessageContaining("Cannot read holiday calendar").hasMessageContaining("day");
    assertThatThrownBy(() -> WorkingCalendar.load("file:" + dir.resolve("missing.yaml"), null, null))
        .hasMessageContaining("Holiday calendar not found");
  }

  @Test
  void properties_bind_dates_from_configuration_and_default_to_the_shipped_file() {
    CalendarProperties defaults = bind(Map.of());
    assertThat(defaults.location()).isEqualTo(WorkingCalendar.SHIPPED);
    assertThat(defaults.extraWorkingDays()).isEmpty();

    CalendarProperties configured = bind(Map.of(
        "cchc.calendar.extra-working-days", "2026-11-21,2026-11-28",
        "cchc.calendar.extra-holidays[0]", "2026-11-24"));
    assertThat(configured.extraWorkingDays()).containsExactly(d("2026-11-21"), d("2026-11-28"));
    WorkingCalendar calendar = configured.calendar();
    assertThat(calendar.isWorkingDay(d("2026-11-28"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2026-11-24"))).isFalse();
  }

  private static CalendarProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("cchc.calendar", CalendarProperties.class);
  }

  private String file(String yaml) throws IOException {
    Path path = Files.createTempFile(dir, "holidays", ".yaml");
    Files.writeString(path, yaml, StandardCharsets.UTF_8);
    return "file:" + path;
  }
}
