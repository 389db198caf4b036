package vn.cchcflow.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

/** The plan period a deadline phrase is read against: parts without a year take the plan's year. */
record DeadlinePeriod(LocalDate start, LocalDate end) {

  record Span(LocalDate start, LocalDate end) {
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  boolean overlaps(Span span) {
    return !span.end().isBefore(start) && !span.start().isAfter(end);
  }

  /** A part without a year falls in the plan year that overlaps it, else the period's first year. */
  Span locate(DeadlineGrammar.Part part) {
    if (part.year() != null) {
      return part.in(part.year());
    }
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      if (overlaps(part.in(year))) {
        return part.in(year);
      }
    }
    return part.in(start.getYear());
  }

  /** Both ends of a range; a missing year is taken from the other end ("tháng 4 đến tháng 11/2026"). */
  Span[] locate(DeadlineGrammar.Part from, DeadlineGrammar.Part to) {
    if (from.year() == null && to.year() != null) {
      Span last = to.in(to.year());
      Span first = from.in(to.year());
      // the start belongs to the year before only when it would begin after the end ("tháng 11 đến tháng 2/2026")
      return new Span[] {first.start().isAfter(last.end()) ? from.in(to.year() - 1) : first, last};
    }
    Span first = locate(from);
    if (to.year() != null) {
      return new Span[] {first, to.in(to.year())};
    }
    Span last = to.in(first.start().getYear());
    return new Span[] {first, last.end().isBefore(first.start()) ? to.in(first.start().getYear() + 1) : last};
  }

  /**
   * The parts of a list ("tháng 6 và tháng 12/2026"): a part without a year takes the year of the next part
   * that has one (the year before when it would come after that part), else the plan's year.
   */
  List<Span> locate(List<DeadlineGrammar.Part> parts) {
    Span[] spans = new Span[parts.size()];
    Span anchor = null;
    for (int i = parts.size() - 1; i >= 0; i--) {
      DeadlineGrammar.Part part = parts.get(i);
      if (part.year() != null) {
        spans[i] = part.in(part.year());
      } else if (anchor != null) {
        int year = anchor.start().getYear();
        spans[i] = part.in(year).start().isAfter(anchor.end()) ? part.in(year - 1) : part.in(year);
      } else {
        spans[i] = locate(part);
      }
      anchor = spans[i];
    }
    return new ArrayList<>(Arrays.asList(spans));
  }

  /** The due in each month of the period that passes the filter, keeping only dues inside the period. */
  List<LocalDate> monthlyDues(IntPredicate monthFilter, Function<YearMonth, LocalDate> dueIn) {
    List<LocalDate> dues = new ArrayList<>();
    for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
      if (monthFilter.test(month.getMonthValue())) {
        LocalDate due = dueIn.apply(month);
        if (contains(due)) {
          dues.add(due);
        }
      }
    }
    return dues;
  }
}
