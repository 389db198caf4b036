package vn.cchcflow.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads the Vietnamese deadline phrase of a plan task ("Trước ngày 15/01/2026", "Quý II, III/2026",
 * "Tháng 6 và tháng 12/2026", "Định kỳ 6 tháng", "Khi thành phố tổ chức") into a {@link Schedule}.
 *
 * <p>The phrase is split into tokens ({@link DeadlineTokens}) and read by a small grammar of parts, prefixes,
 * lists, ranges and repetition ({@link DeadlineGrammar}). A phrase must be read whole: one the grammar does
 * not know, or an impossible date ("31/2/2026"), is UNKNOWN rather than half-read or guessed.
 */
public final class DeadlinePhraseParser {

  private DeadlinePhraseParser() {
  }

  /**
   * periodStart/periodEnd: the plan period, e.g. 2026-01-01..2026-12-31 or 2025-07-01..2025-12-31.
   * Never returns null; null/blank phrase → Schedule.unknown().
   */
  public static Schedule parse(String phrase, LocalDate periodStart, LocalDate periodEnd) {
    if (phrase == null || phrase.isBlank()) {
      return Schedule.unknown();
    }
    DeadlinePeriod period = new DeadlinePeriod(Objects.requireNonNull(periodStart), Objects.requireNonNull(periodEnd));
    try {
      return DeadlineGrammar.read(phrase, period).orElseGet(Schedule::unknown);
    } catch (DateTimeException impossibleDate) { // "31/2/2026", "ngày 0 tháng 5"
      return Schedule.unknown();
    }
  }
}
