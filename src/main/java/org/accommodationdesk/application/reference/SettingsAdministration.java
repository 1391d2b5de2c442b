package org.accommodationdesk.application.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.accommodationdesk.application.deadlines.DailyRound;
import org.accommodationdesk.application.deadlines.DailyWork;
import org.accommodationdesk.application.stats.StatisticsProtection;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.request.FieldErrors;

/**
 * Administrators keep the settings every node reads (the union's minimum cell size), and may run
 * the daily work now. Each change is audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class SettingsAdministration {
  @Inject private ReferenceDataRepository referenceData;
  @Inject private StatisticsProtection protection;
  @Inject private DailyRound dailyRound;
  @Inject private AdministrationAudit audit;

  /**
   * Runs today's reminders and overdue digest now (they also run once a day by themselves):
   * reminders already sent are not sent again.
   */
  public DailyWork.Outcome runDailyWork() {
    return dailyRound.runNow();
  }

  /** The union's minimum cell size now in force. */
  public int minimumCellSize() {
    return protection.minimumCellSize();
  }

  /**
   * Changes the union's minimum cell size for every node at once, within {@link
   * StatisticsProtection#MINIMUM} and {@link StatisticsProtection#MAXIMUM}.
   */
  public int changeMinimumCellSize(Integer size) {
    FieldErrors errors = new FieldErrors();
    errors.require(
        size != null
            && size >= StatisticsProtection.MINIMUM
            && size <= StatisticsProtection.MAXIMUM,
        "minimumCellSize",
        "must be a whole number from "
            + StatisticsProtection.MINIMUM
            + " to "
            + StatisticsProtection.MAXIMUM);
    errors.throwIfAny();
    int before = protection.minimumCellSize();
    if (before == size) {
      return size;
    }
    referenceData
        .findSetting(Setting.MINIMUM_CELL_SIZE)
        .ifPresentOrElse(
            s -> s.change(String.valueOf(size)),
            () -> referenceData.add(new Setting(Setting.MINIMUM_CELL_SIZE, String.valueOf(size))));
    audit.record(
        AuditEntry.Action.SETTING_CHANGED,
        Setting.MINIMUM_CELL_SIZE,
        Map.of("minimumCellSize", before),
        Map.of("minimumCellSize", size));
    return size;
  }
}
