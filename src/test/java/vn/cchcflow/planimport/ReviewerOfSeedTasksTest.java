package vn.cchcflow.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.Person;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.planimport.internal.PlanAssembler;
import vn.cchcflow.tasklifecycle.Reviewer;
import vn.cchcflow.tasklifecycle.ReviewerRule;

/**
 * Nobody reviews their own work, for every task of seeds 001 and 004 as imported: each part's reviewer
 * is neither the unit doing the part nor one of its people.
 */
class ReviewerOfSeedTasksTest {

  private static final CommuneDirectory COMMUNES = CommuneDirectory.fromLocation("classpath:communes/*.yaml");

  @ParameterizedTest
  @CsvSource({"plans/seed-001-namanphu.txt, namanphu, 36", "plans/seed-004-quyetthang.txt, quyetthang, 89"})
  void no_part_of_a_seed_task_is_reviewed_by_the_unit_that_does_it(String seed, String communeId, int expectedParts)
      throws IOException {
    Commune commune = COMMUNES.find(communeId).orElseThrow();
    ParsedPlan plan = PlanAssembler.parse(seed, read(seed), commune);
    int parts = 0;
    List<String> selfReviews = new ArrayList<>();
    for (ParsedTask task : plan.tasks()) {
      List<Unit> leads = task.leadUnits().stream().map(commune::unit).flatMap(java.util.Optional::stream).toList();
      List<Unit> doers = leads.isEmpty()
          ? task.supportUnits().stream().map(commune::unit).flatMap(java.util.Optional::stream).toList() : leads;
      for (Unit unit : doers) {
        parts++;
        Reviewer reviewer = ReviewerRule.reviewerOf(commune, unit.code());
        boolean ownGroup = UnitGroups.unit(communeId, unit.code()).equals(reviewer.group());
        boolean ownPerson = reviewer.user() != null && (reviewer.user().equals(unit.head().id())
            || unit.officers().stream().map(Person::id).anyMatch(reviewer.user()::equals));
        if (ownGroup || ownPerson) {
          selfReviews.add(task.number() + " (" + unit.name() + ")");
        }
      }
    }
    System.out.printf("reviewer check %s: %d tasks, %d parts, %d reviewed by their own unit%n", seed,
        plan.tasks().size(), parts, selfReviews.size());
    assertThat(plan.tasks()).hasSizeGreaterThan(20);
    // seed 004: 89 parts since the Trung tâm named as support is no longer also made a lead of 11 tasks (was 100)
    assertThat(parts).isEqualTo(expectedParts);
    assertThat(selfReviews).isEmpty();
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = ReviewerOfSeedTasksTest.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }
}
