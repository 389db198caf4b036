package vn.cchcflow.system;

import java.util.List;

/** Error body of our API: a Vietnamese message for the official, and the fields it concerns. */
public record ApiError(String message, List<Field> errors) {

  public record Field(String field, String message) {
  }

  public static ApiError of(String message) {
    return new ApiError(message, List.of());
  }
}
