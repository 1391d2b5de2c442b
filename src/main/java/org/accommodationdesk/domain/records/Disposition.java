package org.accommodationdesk.domain.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * When a request's disposition became final, the day its retention starts from: withdrawn (the
 * withdrawal), expired (the approval's end), denied and no longer appealable (the appeal window's
 * close, or the appeal's decision). An approval in force and an open request are not final: the
 * arrangement still applies, or the request is still being decided.
 */
public final class Disposition {
  private Disposition() {}

  /** The statuses in which a request's disposition may be final ({@link #finalAt} says when). */
  public static final java.util.Set<RequestStatus> MAY_BE_FINAL =
      java.util.Collections.unmodifiableSet(
          java.util.EnumSet.of(
              RequestStatus.WITHDRAWN, RequestStatus.EXPIRED, RequestStatus.DENIED));

  /** The instant the request's disposition became final; empty while it is not. */
  public static Optional<Instant> finalAt(AccommodationRequest r, AppealWindow window) {
    RequestStatus status = r.getStatus();
    return switch (status) {
      case WITHDRAWN -> lastStep(r, Action.WITHDRAW);
      case EXPIRED -> lastStep(r, Action.EXPIRE);
      case DENIED -> {
        Optional<Instant> appealBy = r.appealBy(window);
        yield appealBy.isPresent() ? appealBy : r.outcomes().getDecidedAt();
      }
      default -> Optional.empty();
    };
  }

  private static Optional<Instant> lastStep(AccommodationRequest r, Action action) {
    List<HistoryEntry> history = r.getHistory();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).getAction() == action) {
        return Optional.of(history.get(i).getAt());
      }
    }
    return Optional.empty();
  }
}
