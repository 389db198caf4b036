package vn.cchcflow.plan;

/**
 * What a plan is about, which decides its reports' title, legal basis and recipients: the yearly
 * administrative-reform plan, or the plan on administrative-procedure control and the one-stop shop
 * (kiểm soát TTHC, một cửa), or another plan the commune follows the same way.
 */
public enum PlanKind {
  /** Kế hoạch cải cách hành chính. */
  CCHC,
  /** Kế hoạch kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông. */
  TTHC_CONTROL,
  /** Kế hoạch chuyển đổi số. */
  DIGITAL_TRANSFORMATION,
  /** Kế hoạch tuyên truyền cải cách hành chính. */
  REFORM_PROPAGANDA,
  /** Any other plan run as tracked tasks. */
  OTHER
}
