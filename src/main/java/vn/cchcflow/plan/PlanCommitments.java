package vn.cchcflow.plan;

import java.util.List;

/**
 * What a registered plan commits the commune to besides its task list, as read from its body and
 * confirmed at import: its kind, the locality and coordinating unit it names (as written), the periodic
 * reports it asks for, its targets (chỉ tiêu) and the bodies its reports go to (from its reporting
 * sentence and "Nơi nhận"). Stored with the plan by {@link PlanCommitmentsConverter}.
 */
public record PlanCommitments(PlanKind kind, String locality, String coordinatingUnit, List<ReportingRule> reporting,
                              List<Target> targets, List<String> recipients) {

  /** A plan posted without a body (a bare task list): an administrative-reform plan with no reports asked. */
  public static final PlanCommitments NONE = new PlanCommitments(PlanKind.CCHC, null, null, List.of(), List.of(),
      List.of());

  public PlanCommitments {
    kind = kind == null ? PlanKind.CCHC : kind;
    reporting = reporting == null ? List.of() : List.copyOf(reporting);
    targets = targets == null ? List.of() : List.copyOf(targets);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }
}
