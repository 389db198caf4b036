package vn.cchcflow.system;

/**
 * What a failed request answers whichever door it came through: the HTTP status, the Vietnamese message
 * an official reads, and for a database outage how many seconds to wait before trying again.
 */
public record ErrorAnswer(int status, String message, Integer retryAfterSeconds) {

  public boolean isDatabaseOutage() {
    return retryAfterSeconds != null;
  }

  /** The answer as the JSON body Camunda's REST API uses for errors ({@code type}, {@code message}). */
  public String json(String type) {
    return "{\"type\":\"" + escape(type) + "\",\"message\":\"" + escape(message) + "\"}";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
