package vn.cchcflow.planimport.internal;

/**
 * One duty read from a unit-duty section of a plan's body, before it becomes a draft task: the unit as
 * written in the section heading, the duty as written, and the explicit deadline phrase it names (or null).
 */
public record DraftDuty(String unitName, String content, String deadlineText) {
}
