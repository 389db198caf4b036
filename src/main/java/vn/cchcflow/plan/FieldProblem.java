package vn.cchcflow.plan;

/** One thing wrong with the input: the field path (e.g. {@code tasks[4].leadUnits[0]}) and a Vietnamese message. */
public record FieldProblem(String field, String message) {
}
