package vn.cchcflow.notification;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** "Now" as the engine sees it, so that moving the engine clock (tests) moves the outbox too. */
final class EngineTime {

  private EngineTime() {
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
