package vn.cchcflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.DeliverableKind;
import vn.cchcflow.tasklifecycle.DeliverableView;
import vn.cchcflow.tasklifecycle.TaskRecord;

/**
 * The roll-up of a country's communes, read in slices of communes in parallel: every commune is counted once,
 * with its own deliverables only, and ranked as with a single read.
 */
class ReportCalculatorRollupTest {

  private static final Commune TEMPLATE = CommuneDirectory.fromLocation("classpath:communes/namanphu.yaml")
      .find("namanphu").orElseThrow();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void every_commune_of_a_large_server_is_counted_once_whatever_slice_read_it() {
    ClockUtil.setCurrentTime(VietnamTime.morningOf(LocalDate.of(2026, 7, 1)));
    List<Commune> all = new ArrayList<>();
    for (int c = 1; c <= 450; c++) {
      String id = String.format("xa%04d", c);
      all.add(new Commune(id, "Xã " + id, TEMPLATE.province(), TEMPLATE.coordinatingUnit(), TEMPLATE.units(),
          TEMPLATE.leaders(), TEMPLATE.reminders(), TEMPLATE.directoryGroups()));
    }
    TaskRecord record = mock(TaskRecord.class);
    ConcurrentLinkedQueue<String> asked = new ConcurrentLinkedQueue<>();
    doAnswer(call -> {
      Collection<String> communes = call.getArgument(0);
      Consumer<List<DeliverableView>> task = call.getArgument(3);
      asked.addAll(communes);
      for (String id : communes) {
        int n = Integer.parseInt(id.substring(2));
        // a one-off result done on time in every commune; an overdue one in every third commune
        Instant done = Instant.parse("2026-03-30T03:00:00Z");
        task.accept(List.of(deliverable(n * 10L, id, LocalDate.of(2026, 3, 31), done)));
        if (n % 3 == 0) {
          task.accept(List.of(deliverable(n * 10L + 1, id, LocalDate.of(2026, 5, 31), null)));
        }
      }
      return null;
    }).when(record).eachTaskFacts(any(), any(), any(), any());
    ReportCalculator calculator = new ReportCalculator(null, new CommuneDirectory(all), record, null);

    CityRollup rollup = calculator.rollup(ReportPeriod.parse("2026").orElseThrow());

    assertThat(asked).hasSize(450).doesNotHaveDuplicates();
    assertThat(rollup.communes()).hasSize(450);
    for (CityRollup.Row row : rollup.communes()) {
      int n = Integer.parseInt(row.communeId().substring(2));
      assertThat(row.counts()).as(row.communeId())
          .isEqualTo(new StatusCounts(1, 0, 0, n % 3 == 0 ? 1 : 0, 0));
    }
    // communes without overdue work first, then by name
    assertThat(rollup.communes().get(0).communeId()).isEqualTo("xa0001");
    assertThat(rollup.communes().get(299).counts().overdue()).isZero();
    assertThat(rollup.communes().get(300).communeId()).isEqualTo("xa0003");
  }

  private static DeliverableView deliverable(long id, String commune, LocalDate due, Instant done) {
    return new DeliverableView(id, id, commune, DeliverableKind.RESULT, 0, null, due, null, List.of(), done, done,
        null, Instant.parse("2026-01-05T01:00:00Z"));
  }
}
