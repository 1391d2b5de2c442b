package org.accommodationdesk.application.requests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The one rule for a page asked for: from page 0, 1 to 200 items, and no overflow. */
class PageResultTest {
  static String refused(int page, int size) {
    return assertThrows(InvalidInputException.class, () -> PageResult.check(page, size))
        .errors()
        .get(0)
        .field();
  }

  @Test
  void pagesStartAtZeroAndHoldOneToTwoHundredItems() {
    assertDoesNotThrow(() -> PageResult.check(0, 1));
    assertDoesNotThrow(() -> PageResult.check(0, PageResult.MAX_SIZE));
    assertEquals("page", refused(-1, 10));
    assertEquals("size", refused(0, 0));
    assertEquals("size", refused(0, PageResult.MAX_SIZE + 1));
  }

  @Test
  void aPageWhoseFirstItemWouldOverflowIsRefused() {
    int lastPage = Integer.MAX_VALUE / PageResult.MAX_SIZE;
    assertDoesNotThrow(() -> PageResult.check(lastPage, PageResult.MAX_SIZE));
    assertEquals("page", refused(lastPage + 1, PageResult.MAX_SIZE));
    assertDoesNotThrow(() -> PageResult.check(Integer.MAX_VALUE, 1), "page × 1 fits exactly");
  }
}
