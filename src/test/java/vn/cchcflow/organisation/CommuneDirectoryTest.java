package vn.cchcflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommuneDirectoryTest {

  private static final CommuneDirectory SHIPPED = CommuneDirectory.fromLocation("classpath:communes/*.yaml");

  @Test
  void reads_both_shipped_communes_with_their_coordinating_units() {
    assertThat(SHIPPED.all()).extracting(Commune::id).containsExactlyInAnyOrder("namanphu", "quyetthang");
    assertThat(SHIPPED.find("namanphu").orElseThrow().coordinating().name()).isEqualTo("Phòng Văn hóa - Xã hội");
    assertThat(SHIPPED.find("quyetthang").orElseThrow().coordinating().name())
        .isEqualTo("Trung tâm Phục vụ hành chính công");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Phòng Văn hóa – Xã hội", "Phòng Văn hoá- Xã hội", "Phòng VHXH", "Phòng Văn hóa – Xã hội xã",
      "phòng văn hóa - xã hội", "vhxh"})
  void finds_a_unit_whatever_the_spelling(String written) {
    assertThat(SHIPPED.find("namanphu").orElseThrow().unit(written)).map(Unit::code).contains("vhxh");
  }

  @Test
  void does_not_match_a_different_unit() {
    assertThat(SHIPPED.find("namanphu").orElseThrow().unit("Phòng Y tế")).isEmpty();
  }

  @Test
  void refuses_a_commune_whose_coordinating_unit_is_not_one_of_its_units() {
    Commune commune = new Commune("xatest", "Xã Thử", "Hải Phòng", "vhxh", List.of(unit("kinhte", "xatestkt")), List.of());
    assertThatThrownBy(() -> new CommuneDirectory(List.of(commune)))
        .hasMessageContaining("coordinatingUnit 'vhxh' is not one of its units");
  }

  @Test
  void refuses_ids_camunda_would_refuse_and_people_listed_twice() {
    Commune commune = new Commune("xa-test", "Xã Thử", "Hải Phòng", "kinhte",
        List.of(unit("kinhte", "same"), unit("vhxh", "same")), List.of());
    assertThatThrownBy(() -> new CommuneDirectory(List.of(commune)))
        .hasMessageContaining("commune id 'xa-test' must be letters and digits only")
        .hasMessageContaining("person id 'same' appears twice");
  }

  private static Unit unit(String code, String headId) {
    return new Unit(code, "Đơn vị " + code, List.of(), new Person(headId, "Nguyễn Văn A", "Trưởng phòng", null), List.of());
  }
}
