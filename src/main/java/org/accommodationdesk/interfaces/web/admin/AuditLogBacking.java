package org.accommodationdesk.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.AccountAdministration.AuditView;
import org.accommodationdesk.application.accounts.ProviderSignIn;
import org.accommodationdesk.interfaces.web.FacesSupport;
import org.accommodationdesk.interfaces.web.ListPage;

/**
 * {@code /admin/audit.xhtml}: the audit log, newest first, 50 at a time. Each entry's stored data
 * (the account before and after, as JSON) is rendered here in the reader's language: the fields
 * that changed, with their old and new values.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private AccountAdministration administration;
  @Inject private FacesSupport faces;

  private final ListPage<AuditView> list = new ListPage<>(PAGE_SIZE);
  private List<Entry> entries;

  /** An entry as shown. */
  public record Entry(
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      List<AccountChangeWords.Change> changes)
      implements Serializable {}

  /** The page's view action. */
  public void load() throws java.io.IOException {
    entries = new ArrayList<>();
    if (!list.load(administration::auditLog)) {
      return;
    }
    for (AuditView e : list.getItems()) {
      entries.add(
          new Entry(
              e.occurredAt(),
              actor(e.actor()),
              faces.text("audit.action." + e.action().name()),
              e.subject(),
              new AccountChangeWords(faces).changes(parse(e.before()), parse(e.after()))));
    }
  }

  /** A person's user name, or words for what is not a person. */
  private String actor(String actor) {
    return switch (actor) {
      case AccountAdministration.CONFIGURATION_ACTOR -> faces.text("audit.byConfiguration");
      case ProviderSignIn.PROVIDER_ACTOR -> faces.text("audit.byProvider");
      default -> actor;
    };
  }

  private static JsonObject parse(String json) {
    if (json == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  public List<Entry> getEntries() {
    return entries;
  }

  public long getTotal() {
    return list.getTotal();
  }

  public boolean isHasNext() {
    return list.isHasNext();
  }

  public int getPage() {
    return list.getNumber();
  }

  /** The address's {@code page}, as written: {@link ListPage} reads it. */
  public String getPageParam() {
    return list.getParam();
  }

  public void setPageParam(String page) {
    list.setParam(page);
  }
}
