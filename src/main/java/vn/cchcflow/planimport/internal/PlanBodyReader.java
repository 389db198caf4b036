package vn.cchcflow.planimport.internal;

import java.util.List;
import vn.cchcflow.planimport.PlanFacts;

/**
 * Reads what a plan says about itself in its body (the text before the appendix "Phụ lục"): title,
 * locality, period, coordinating unit, reporting schedule and targets (chỉ tiêu). Targets that a plan
 * states only as tasks of its appendix table ("… đạt tối thiểu 80%") are read from there too.
 */
public final class PlanBodyReader {

  private PlanBodyReader() {
  }

  public static PlanFacts read(String text) {
    BodyText.Parts parts = BodyText.split(text);
    List<String> blocks = BodyText.blocks(parts.body());
    String locality = LocalityReader.find(blocks);
    String title = PlanTitleReader.find(parts.body(), locality);
    PlanPeriod period = PlanPeriod.of(title);
    List<Paragraph> paragraphs = blocks.stream().map(Paragraph::of).toList();
    // only the plan's own reporting rule is the plan's: a unit's duty to report is not
    var unitDuties = DutySectionDrafter.unitSectionParagraphs(parts.body());
    List<Paragraph> planOwn = paragraphs.stream().filter(p -> !unitDuties.contains(p.text())).toList();
    return new PlanFacts(title, locality, period == null ? null : period.start(), period == null ? null : period.end(),
        CoordinatingUnitReader.find(String.join("\n", blocks)), ReportingScheduleReader.read(planOwn, period),
        TargetReader.read(paragraphs, parts.appendix()));
  }
}
