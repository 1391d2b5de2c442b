package org.accommodationdesk.application.requests;

import java.util.List;
import org.accommodationdesk.domain.request.InvalidInputException;

/** One page of a longer list, with the size of the whole list. */
public record PageResult<T>(List<T> items, long total) implements java.io.Serializable {
  /** The largest page any list gives. */
  public static final int MAX_SIZE = 200;

  /** The one rule for a page asked for: page from 0, size 1 to 200, and no overflow. */
  public static void check(int page, int size) {
    if (page < 0) {
      throw InvalidInputException.of("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidInputException.of("size", "must be between 1 and " + MAX_SIZE);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw InvalidInputException.of(
          "page", "is too large: page × size must stay below " + Integer.MAX_VALUE);
    }
  }
}
