package org.accommodationdesk.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;

/**
 * What an administrator changed in the reference data, the calendar and the settings, written to
 * the audit log in the change's transaction: who, when, what, before and after.
 */
@ApplicationScoped
public class AdministrationAudit {
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /** Records one change by the current user. */
  public void record(
      AuditEntry.Action action,
      String subject,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.append(
        AccountAdministration.entry(clock, currentUser.username(), action, subject, before, after));
  }

  /** Records a change of {@code subject} when it changed anything. */
  public void recordChange(String subject, Map<String, Object> before, Map<String, Object> after) {
    if (!before.equals(after)) {
      record(AuditEntry.Action.REFERENCE_CHANGED, subject, before, after);
    }
  }
}
