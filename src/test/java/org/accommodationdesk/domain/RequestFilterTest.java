package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.Set;
import org.accommodationdesk.domain.reference.ServedLocations;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** Which requests a list shows. */
class RequestFilterTest {
  static RequestFilter searching(String search) {
    return RequestFilter.of(null, null, null, null, search, null, false, null, null);
  }

  @Test
  void missingSetsFilterNothingAndABlankSearchIsNone() {
    RequestFilter f =
        new RequestFilter(null, null, null, null, null, null, "   ", null, false, null, null);
    assertEquals(Set.of(), f.statuses());
    assertEquals(Set.of(), f.locationCodes());
    assertNull(f.search());
    assertNull(searching(null).search());
    assertEquals("Ana", searching(" Ana ").search(), "a search is stripped");
    assertEquals(
        new RequestFilter(null, Set.of(), null, null, null),
        RequestFilter.all(),
        "all: nothing set");
  }

  @Test
  void aSearchForANumberWithOrWithoutHashIsAReferenceNumber() {
    assertEquals(OptionalLong.of(123), searching("123").searchedId());
    assertEquals(OptionalLong.of(123), searching(" #123 ").searchedId());
    assertEquals(
        OptionalLong.of(999_999_999_999_999_999L), searching("999999999999999999").searchedId());
    assertTrue(searching("1234567890123456789").searchedId().isEmpty(), "19 digits: a name part");
    assertTrue(searching("Ana").searchedId().isEmpty());
    assertTrue(searching("12a").searchedId().isEmpty());
    assertTrue(searching("##12").searchedId().isEmpty());
    assertTrue(searching(null).searchedId().isEmpty());
  }

  @Test
  void theFormsFiltersKeepEveryFieldAndNameNoRequester() {
    Instant before = Instant.parse("2026-01-01T00:00:00Z");
    RequestFilter.EndWindow window =
        new RequestFilter.EndWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    RequestFilter f =
        RequestFilter.of(
            Set.of(RequestStatus.SUBMITTED),
            Category.OWN_CONDITION,
            "LOC-1",
            before,
            "Ana",
            "reviewer1",
            true,
            LocalDate.of(2026, 2, 1),
            window);
    assertNull(f.requester());
    assertEquals(
        new RequestFilter(
            null,
            Set.of(RequestStatus.SUBMITTED),
            Category.OWN_CONDITION,
            "LOC-1",
            before,
            Set.of(),
            "Ana",
            "reviewer1",
            true,
            LocalDate.of(2026, 2, 1),
            window),
        f);
    RequestFilter mine = f.ofRequester("employee1");
    assertEquals("employee1", mine.requester());
    assertEquals(f, mine.ofRequester(null), "only the requester changed");
  }

  @Test
  void aReviewerNamedForLocationsSeesOnlyThoseAndOneNamedForNoneSeesAll() {
    RequestFilter f = searching("Ana");
    assertSame(f, f.withinLocations(new ServedLocations(Set.of())));
    RequestFilter within = f.withinLocations(new ServedLocations(Set.of("LOC-1", "LOC-2")));
    assertEquals(Set.of("LOC-1", "LOC-2"), within.locationCodes());
    assertEquals("Ana", within.search(), "everything else stays");
    assertEquals(
        f,
        new RequestFilter(
            within.requester(),
            within.statuses(),
            within.category(),
            within.locationCode(),
            within.submittedBefore(),
            Set.of(),
            within.search(),
            within.assignee(),
            within.unassigned(),
            within.dueBy(),
            within.endsBy()));
  }
}
