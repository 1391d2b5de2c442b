package org.accommodationdesk.application.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.Setting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The union's minimum cell size (ADR 0007): the configured default ({@code
 * accommodationdesk.stats.minimum-cell-size}, 11), unless an administrator changed it, which holds
 * on every node at once (one primary-key read per statistics call). Never below {@link #MINIMUM}:
 * with noise of up to {@code Disclosure.MAX_NOISE}, smaller cells would single people out.
 */
@ApplicationScoped
public class StatisticsProtection {
  public static final int MINIMUM = 5;
  public static final int MAXIMUM = 100;

  @Inject private ReferenceDataRepository referenceData;

  @Inject
  @ConfigProperty(name = "accommodationdesk.stats.minimum-cell-size", defaultValue = "11")
  private int configured;

  public int minimumCellSize() {
    int size =
        referenceData
            .findSetting(Setting.MINIMUM_CELL_SIZE)
            .map(s -> Integer.parseInt(s.getValue()))
            .orElse(configured);
    return Math.max(MINIMUM, Math.min(MAXIMUM, size));
  }
}
