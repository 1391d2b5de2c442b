package org.accommodationdesk.it.testclock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a test deployment: the system's clock moved by an offset that a test sets over HTTP
 * ({@link TestClockResource}), so that days pass in seconds while time keeps running. Replaces the
 * application's {@code ClockProducer} as an enabled alternative; it exists only in the WARs that
 * tests build ({@link TestClockDeployment}), never in the application's.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClock {
  private static volatile Duration offset = Duration.ZERO;

  /** The clock every bean of the deployment reads. */
  @Produces
  Clock clock() {
    return Moved.INSTANCE;
  }

  /** Moves the clock so that it reads {@code now} now, and runs on from there. */
  static void set(Instant now) {
    offset = Duration.between(Instant.now(), now);
  }

  static Instant now() {
    return Moved.INSTANCE.instant();
  }

  /** The system clock plus the offset, in milliseconds as the application's own clock. */
  private static final class Moved extends Clock implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final Moved INSTANCE = new Moved(ZoneOffset.UTC);
    private static final Clock SYSTEM = Clock.tickMillis(ZoneOffset.UTC);
    private final ZoneId zone;

    private Moved(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new Moved(zone);
    }

    @Override
    public Instant instant() {
      return SYSTEM.instant().plus(offset);
    }
  }
}
