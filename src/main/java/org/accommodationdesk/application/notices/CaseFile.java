package org.accommodationdesk.application.notices;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.requests.RequestView;

/**
 * What the case file's own document says (the documents and letters travel beside it as they are):
 * the request as HR sees it, the people's names for their user names, who exported it, when and
 * why, and the names of the documents and letters enclosed.
 */
public record CaseFile(
    RequestView request,
    Map<String, String> names,
    String exportedBy,
    Instant exportedAt,
    String reason,
    List<String> documents,
    List<String> letters) {

  /** The name a user name stands for in the file (the user name itself when unknown). */
  public String name(String username) {
    return username == null ? "" : names.getOrDefault(username, username);
  }
}
