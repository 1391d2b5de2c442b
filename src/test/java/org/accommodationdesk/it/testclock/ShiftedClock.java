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
 * ({@link TestClockResource}), so that days pass in seconds while time keeps running, at real speed
 * or faster (the soak run). Replaces the application's {@code ClockProducer} as an enabled
 * alternative; it exists only in the WARs that tests build ({@link TestClockDeployment}), never in
 * the application's.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClock {
  /** The moment the clock was last set, in real time and in the deployment's time, and its rate. */
  private record Setting(Instant real, Instant shown, double rate) {
    Instant at(Instant realNow) {
      if (rate == 1.0) {
        return shown.plus(Duration.between(real, realNow));
      }
      long nanos = Duration.between(real, realNow).toNanos();
      return shown.plusNanos((long) (nanos * rate));
    }
  }

  private static volatile Setting setting = new Setting(Instant.EPOCH, Instant.EPOCH, 1.0);

  /** The clock every bean of the deployment reads. */
  @Produces
  Clock clock() {
    return Moved.INSTANCE;
  }

  /** Moves the clock so that it reads {@code now} now, and runs on from there. */
  static void set(Instant now) {
    set(now, 1.0);
  }

  /** Moves the clock to {@code now} and runs it {@code rate} times as fast as real time. */
  static void set(Instant now, double rate) {
    setting = new Setting(Instant.now(), now, rate);
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
      return setting.at(SYSTEM.instant());
    }
  }
}
