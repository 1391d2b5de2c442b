package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The error summary every page shows at the top of its content after a refused post (the GOV.UK
 * pattern, issue 25 #1): each field's error once, linked to its field, so that a long page's first
 * error is never a scroll away; the page's title says there is an error. Read at render time, when
 * every message of the request is queued; the messages next to the fields stay.
 */
@Named
@RequestScoped
public class ErrorSummaryBacking {
  /** One field's error: the field's client id (the link's target) and what is wrong. */
  public record Entry(String target, String text) {}

  /**
   * The fields' errors, in the order the page queued them. Worked out at each call, never kept: the
   * summary's {@code rendered} is also read while a post is decoded, before its fields are
   * validated.
   */
  public List<Entry> getEntries() {
    List<Entry> entries = new ArrayList<>();
    FacesContext fc = FacesContext.getCurrentInstance();
    for (Iterator<String> ids = fc.getClientIdsWithMessages(); ids.hasNext(); ) {
      String id = ids.next();
      if (id == null) {
        continue;
      }
      fc.getMessageList(id).stream()
          .filter(m -> m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal())
          .findFirst()
          .ifPresent(m -> entries.add(new Entry(id, m.getSummary())));
    }
    return entries;
  }

  /** Whether the page shows a summary (and its title says there is an error). */
  public boolean isShown() {
    return !getEntries().isEmpty();
  }
}
