package org.accommodationdesk.application.stats;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.audit.DisclosureLog;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * The disclosure log, read (issue 26): administrators see every union representative's entries, a
 * union representative their own. Entries name the query and how many figures were published and
 * hidden, never a value.
 */
@Stateless
@DeclareRoles({Role.ADMIN, Role.UNION_REP})
@RolesAllowed({Role.ADMIN, Role.UNION_REP})
public class DisclosureLogService {
  /** Entries per page, and the most an export holds. */
  public static final int PAGE = 50;

  public static final int EXPORT_MAX = 100_000;

  @Inject private DisclosureLog log;
  @Inject private CurrentUser currentUser;

  /** One entry as shown. */
  public record Entry(
      long id,
      Instant occurredAt,
      String username,
      String channel,
      String query,
      int figures,
      int hidden) {}

  /** A page of entries, newest first: all of them for administrators, the caller's own else. */
  public PageResult<Entry> page(int page) {
    if (page < 1) {
      throw InvalidInputException.of("page", "must be 1 or more");
    }
    String who = whose();
    List<Entry> entries = entries(who, (page - 1) * PAGE, PAGE);
    return new PageResult<>(entries, log.count(who));
  }

  /** Every entry the caller may see, newest first, at most {@link #EXPORT_MAX}. */
  public List<Entry> export() {
    return entries(whose(), 0, EXPORT_MAX);
  }

  /** Whether the caller sees everyone's entries (an administrator). */
  public boolean seesAll() {
    return currentUser.isAdministrator();
  }

  private String whose() {
    return currentUser.isAdministrator() ? null : currentUser.username();
  }

  private List<Entry> entries(String who, int first, int size) {
    return log.newestFirst(who, first, size).stream()
        .map(
            e ->
                new Entry(
                    e.getId(),
                    e.getOccurredAt(),
                    e.getUsername(),
                    e.getChannel().name(),
                    e.getQuery(),
                    e.getFigures(),
                    e.getHidden()))
        .toList();
  }
}
