package vn.cchcflow.report;

/**
 * Where a period report stands: PLANNED (on the plan's schedule, not opened yet), OPENED (the units are
 * reporting), UNITS_REPORTED (every unit filed, the coordinating unit consolidates), CONSOLIDATED (with the
 * leaders for approval), APPROVED (being issued), ISSUED (archived and sent).
 */
public enum ReportState { PLANNED, OPENED, UNITS_REPORTED, CONSOLIDATED, APPROVED, ISSUED }
