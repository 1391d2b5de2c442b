package org.accommodationdesk.application.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;

/**
 * Late first decisions with one delay reason ({@link Footprint#NO_REASON}: none recorded), and
 * whether the reason is acceptable as the reason list says today (EEOC's model: a delay of the
 * decider's own making is not; a late decision with no reason is not excused either).
 */
public record LateReason(String reason, boolean acceptable, Cell count)
    implements java.io.Serializable {

  /** One line per reason, in the order of the map, each count through the disclosure. */
  public static List<LateReason> of(
      Map<String, Tally> byReason, Disclosure d, ReferenceDataRepository referenceData) {
    List<LateReason> late = new ArrayList<>();
    byReason.forEach(
        (reason, t) ->
            late.add(new LateReason(reason, acceptable(reason, referenceData), d.count(t))));
    return late;
  }

  /** The late decisions whose reason is not acceptable (none recorded included). */
  public static Tally unexcused(
      Map<String, Tally> byReason, ReferenceDataRepository referenceData) {
    Tally sum = Tally.ZERO;
    for (Map.Entry<String, Tally> e : byReason.entrySet()) {
      if (!acceptable(e.getKey(), referenceData)) {
        sum = sum.plus(e.getValue());
      }
    }
    return sum;
  }

  private static boolean acceptable(String reason, ReferenceDataRepository referenceData) {
    return referenceData
        .findReason(ReasonList.DELAY, reason)
        .map(ListedReason::isAcceptable)
        .orElse(false);
  }
}
