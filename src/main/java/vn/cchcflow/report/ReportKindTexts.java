package vn.cchcflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.plan.PlanKind;
import vn.cchcflow.system.Messages;

/**
 * The words of a report that depend on what its plan is about (messages {@code report.kind.<KIND>.*}): the
 * subject of the title ("kết quả thực hiện công tác cải cách hành chính"), the legal basis of the reporting
 * duty, and the bodies it goes to when the plan names none.
 */
final class ReportKindTexts {

  private final Messages messages;

  ReportKindTexts(Messages messages) {
    this.messages = messages;
  }

  /** "kết quả thực hiện công tác cải cách hành chính" (lower case, to follow "Báo cáo" or "báo cáo"). */
  String subject(PlanKind kind, String planTitle) {
    return messages.get("report.kind." + kind.name() + ".subject", lowerFirst(planTitle));
  }

  String legalBasis(PlanKind kind, String planTitle) {
    return messages.get("report.kind." + kind.name() + ".basis", planTitle);
  }

  /** The bodies the report goes to: the plan's own, else those its kind reports to; then the commune's leaders. */
  List<String> recipients(PlanKind kind, List<String> planRecipients, Commune commune) {
    List<String> lines = new ArrayList<>();
    for (String r : planRecipients) {
      String line = r == null ? "" : r.strip().replaceFirst("^[-–•]\\s*", "").replaceFirst("[;.,]+$", "").strip();
      String lower = line.toLowerCase(Locale.ROOT);
      if (!line.isEmpty() && !lower.startsWith("như ") && !lower.startsWith("lưu")) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      String province = commune.province() == null ? "" : lowerFirst(commune.province());
      for (String line : messages.get("report.kind." + kind.name() + ".recipients", province, lowerFirst(commune.name())).split("\\|")) {
        lines.add(line.strip());
      }
    }
    lines.add(messages.get("report.recipients.archive", commune.coordinating().code().toUpperCase(Locale.ROOT)));
    return lines;
  }

  static String lowerFirst(String text) {
    return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
