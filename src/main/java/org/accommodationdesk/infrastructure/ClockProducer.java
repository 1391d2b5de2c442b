package org.accommodationdesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock the use cases read the time from. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  Clock clock() {
    return Clock.tickMillis(java.time.ZoneOffset.UTC);
  }
}
