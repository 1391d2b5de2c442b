package org.accommodationdesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * Aggregate numbers over all requests, computed by the database (GROUP BY), never by loading
 * requests. No figure here identifies a person.
 */
@Stateless
public class StatisticsService {
  @PersistenceContext private EntityManager em;

  /** Counts by category and status, and per category the denial rate of the latest decisions. */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Summary summary() {
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.category, r.status, r.latestOutcome, COUNT(r)"
                    + " FROM AccommodationRequest r"
                    + " GROUP BY r.category, r.status, r.latestOutcome",
                Object[].class)
            .getResultList();
    Map<Category, CategoryCounts> byCategory = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      byCategory.put(c, new CategoryCounts(c));
    }
    for (Object[] row : rows) {
      CategoryCounts counts = byCategory.get((Category) row[0]);
      counts.add((RequestStatus) row[1], (DecisionOutcome) row[2], ((Number) row[3]).longValue());
    }
    List<CategorySummary> categories = new ArrayList<>();
    long total = 0;
    for (CategoryCounts c : byCategory.values()) {
      categories.add(c.summary());
      total += c.total;
    }
    return new Summary(total, categories);
  }

  /** The summary of all requests. */
  public record Summary(long total, List<CategorySummary> categories) {}

  /**
   * One category's numbers.
   *
   * @param decided requests with at least one decision, counted once by their latest decision
   * @param denialRate denied / decided, or null when nothing is decided yet
   */
  public record CategorySummary(
      String category,
      long total,
      Map<String, Long> byStatus,
      long decided,
      long approved,
      long approvedWithChanges,
      long denied,
      Double denialRate) {}

  private static final class CategoryCounts {
    final Category category;
    final Map<String, Long> byStatus = new LinkedHashMap<>();
    final Map<DecisionOutcome, Long> byOutcome = new EnumMap<>(DecisionOutcome.class);
    long total;

    CategoryCounts(Category category) {
      this.category = category;
      for (RequestStatus s : RequestStatus.values()) {
        byStatus.put(s.name(), 0L);
      }
      for (DecisionOutcome o : DecisionOutcome.values()) {
        byOutcome.put(o, 0L);
      }
    }

    void add(RequestStatus status, DecisionOutcome outcome, long n) {
      byStatus.merge(status.name(), n, Long::sum);
      if (outcome != null) {
        byOutcome.merge(outcome, n, Long::sum);
      }
      total += n;
    }

    CategorySummary summary() {
      long denied = byOutcome.get(DecisionOutcome.DENIED);
      long decided = byOutcome.values().stream().mapToLong(Long::longValue).sum();
      return new CategorySummary(
          category.name(),
          total,
          new LinkedHashMap<>(byStatus),
          decided,
          byOutcome.get(DecisionOutcome.APPROVED),
          byOutcome.get(DecisionOutcome.APPROVED_WITH_CHANGES),
          denied,
          decided == 0 ? null : (double) denied / decided);
    }
  }
}
