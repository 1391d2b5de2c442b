package org.accommodationdesk.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;
import org.accommodationdesk.application.requests.PageResult;

/**
 * The page of a long list that a page's address names ({@code ?page=N}, from 0), for the list pages
 * (shared requests, accounts, audit log): no parameter is the first page; anything that is not a
 * page of the list (letters, a negative number, a number past the end or too large to count)
 * answers 404, as a request number that does not exist does, never a server error.
 */
public final class ListPage<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int size;
  private String param;
  private int number;
  private PageResult<T> result;

  public ListPage(int size) {
    this.size = size;
  }

  /**
   * Loads the page the address names with {@code fetch} (page number, size), or answers 404.
   *
   * @return false when the page does not exist (the response is complete)
   */
  public boolean load(BiFunction<Integer, Integer, PageResult<T>> fetch) throws IOException {
    Integer asked = number(param, size);
    if (asked == null) {
      FacesSupport.notFound();
      return false;
    }
    number = asked;
    result = fetch.apply(number, size);
    if (number > 0 && result.items().isEmpty()) {
      FacesSupport.notFound();
      return false;
    }
    return true;
  }

  /** The page number in {@code value}, or null when it names no page a list of pages can have. */
  static Integer number(String value, int size) {
    if (value == null || value.isEmpty()) {
      return 0;
    }
    if (!value.matches("[0-9]{1,9}")) {
      return null;
    }
    int n = Integer.parseInt(value);
    return (long) n * size > Integer.MAX_VALUE ? null : n;
  }

  public String getParam() {
    return param;
  }

  public void setParam(String param) {
    this.param = param;
  }

  public int getNumber() {
    return number;
  }

  public List<T> getItems() {
    return result.items();
  }

  public long getTotal() {
    return result.total();
  }

  public boolean isHasNext() {
    return (long) (number + 1) * size < result.total();
  }
}
