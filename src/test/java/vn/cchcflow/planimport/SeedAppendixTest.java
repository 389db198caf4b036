package vn.cchcflow.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.planimport.internal.PlanAssembler;

/**
 * The appendices of seeds 001 and 004, read by the importer, compared field by field with the task lists
 * typed by hand from the same documents ({@code demo/plans/*.json}).
 */
class SeedAppendixTest {

  private static final CommuneDirectory COMMUNES = CommuneDirectory.fromLocation("classpath:communes/*.yaml");

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("seed-001-namanphu.txt", "namanphu", "demo/plans/namanphu-cchc-2026.json"),
        Arguments.of("seed-004-quyetthang.txt", "quyetthang", "demo/plans/quyetthang-ksttthc-2026.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void reads_every_task_of_the_appendix_as_typed_by_hand(String seed, String communeId, String typed) throws IOException {
    Commune commune = COMMUNES.find(communeId).orElseThrow();
    ParsedPlan parsed = PlanAssembler.parse(seed, resource("plans/" + seed), commune);
    JsonNode expected = ParsePlanCommand.json().readTree(resource(typed));

    assertThat(parsed.tasks()).extracting(ParsedTask::number)
        .containsExactlyElementsOf(expected.get("tasks").findValuesAsText("number"));
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < parsed.tasks().size(); i++) {
      ParsedTask task = parsed.tasks().get(i);
      JsonNode want = expected.get("tasks").get(i);
      compare(differences, task, "area", task.area(), want.get("area").asText());
      compare(differences, task, "content", task.content(), want.get("content").asText());
      compare(differences, task, "leadUnits", sorted(task.leadUnits()), sorted(strings(want.get("leadUnits"))));
      compare(differences, task, "supportUnits", sorted(task.supportUnits()), sorted(strings(want.get("supportUnits"))));
      compare(differences, task, "deadlineText", task.deadlineText(), text(want.get("deadlineText")));
      compare(differences, task, "due", task.schedule().due() == null ? null : task.schedule().due().toString(),
          text(want.get("dueDate")));
      compare(differences, task, "deliverable", task.deliverable(), text(want.get("deliverable")));
    }
    assertThat(differences).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_unit_named_as_support_stays_support_whatever_catch_all_leads() throws IOException {
    Commune commune = COMMUNES.find("quyetthang").orElseThrow();
    ParsedPlan parsed = PlanAssembler.parse("seed-004-quyetthang.txt", resource("plans/seed-004-quyetthang.txt"),
        commune);

    List<ParsedTask> catchAllLeads = parsed.tasks().stream().filter(t -> t.supportUnits().equals(List.of("ttpvhcc")))
        .toList();
    assertThat(catchAllLeads).extracting(ParsedTask::number).containsExactly("II.2.1", "II.2.2", "II.2.3", "II.2.5",
        "II.3.3", "III.1", "III.2", "III.3", "III.4", "III.5", "IV.2");
    assertThat(catchAllLeads).allSatisfy(t -> assertThat(t.leadUnits()).doesNotContain("ttpvhcc")
        .contains("vhxh", "vpub", "kinhte", "ttdvsnc"));
  }

  @org.junit.jupiter.api.Test
  void keeps_the_party_the_front_and_mass_organisations_as_outside_support() throws IOException {
    Commune commune = COMMUNES.find("namanphu").orElseThrow();
    ParsedPlan parsed = PlanAssembler.parse("seed-001-namanphu.txt", resource("plans/seed-001-namanphu.txt"), commune);

    ParsedTask task28 = parsed.tasks().stream().filter(t -> t.number().equals("28")).findFirst().orElseThrow();
    assertThat(task28.leadUnits()).containsExactly("kinhte");
    assertThat(task28.supportUnits()).contains("vhxh", "Cơ quan Đảng Cộng sản Việt Nam", "Mặt trận Tổ quốc Việt Nam",
        "Tổ chức chính trị - xã hội", "Tổ chức xã hội - nghề nghiệp");
    assertThat(task28.warnings()).noneMatch(w -> w.contains("Không tìm thấy đơn vị"));
  }

  private static void compare(List<String> differences, ParsedTask task, String field, Object actual, Object expected) {
    if (!java.util.Objects.equals(actual, expected)) {
      differences.add(task.number() + "." + field + ": read «" + actual + "» typed «" + expected + "»");
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  static byte[] resource(String path) throws IOException {
    try (InputStream in = SeedAppendixTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }
}
