package vn.cchcflow.plan;

import java.util.List;

/** The plan was refused as a whole; nothing of it was stored or started. */
public class InvalidPlanException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidPlanException(List<FieldProblem> problems) {
    super("Plan refused: " + problems.size() + " problem(s), first: " + problems.get(0).field());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
