package org.accommodationdesk.application.reference;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;

/**
 * What HR and employees choose from: the work locations, and the reasons in use of each list
 * (denials, delays, medical information, technical assistance), for the pages that offer them (the
 * check of a code given: {@link ReasonsInUse}).
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
public class ReferenceChoices {
  @Inject private ReferenceDataRepository referenceData;
  @Inject private ReasonsInUse inUse;

  /** The work locations and job classes to choose from. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
  public List<ReferenceItem> locations() {
    return referenceData.locations().stream()
        .map(l -> new ReferenceItem(l.getCode(), l.getName()))
        .toList();
  }

  /** The codes of the denial reasons a reviewer may choose, in their order. */
  @RolesAllowed(Role.REVIEWER)
  public List<String> denialReasons() {
    return inUse.denialReasons();
  }

  /** The codes of the reasons of a list HR may choose now, in their order. */
  @RolesAllowed(Role.REVIEWER)
  public List<String> reasons(ReasonList list) {
    return inUse.reasons(list);
  }
}
