package org.accommodationdesk.application.memory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.accommodationdesk.application.deadlines.ScheduledJobs;

/**
 * The scheduled jobs' days in a map instead of {@code scheduled_job}, with the same rule: a day is
 * taken when it is later than the last one taken, once (cycles are not kept).
 */
public class InMemoryScheduledJobs extends ScheduledJobs {
  /** The last day taken, by job. */
  public final Map<String, LocalDate> lastDay = new HashMap<>();

  @Override
  public boolean claimDay(String job, LocalDate day) {
    LocalDate last = lastDay.get(job);
    if (last != null && !last.isBefore(day)) {
      return false;
    }
    lastDay.put(job, day);
    return true;
  }

  @Override
  public void releaseDay(String job, LocalDate day) {
    lastDay.remove(job, day);
  }
}
