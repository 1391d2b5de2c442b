package org.accommodationdesk.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * The one home of "a reason code given is one in use": the codes of each list HR may choose now,
 * and the check of a code given, naming the codes in use when it is not one of them. A plain bean
 * (no container security, no transaction of its own), so that a refusal reaches the use case that
 * asked as the {@link InvalidInputException} it is; who may read the lists is checked by {@link
 * ReferenceChoices} and by the use cases.
 */
@ApplicationScoped
public class ReasonsInUse {
  @Inject private ReferenceDataRepository referenceData;

  /** The codes of the denial reasons in use, in their order. */
  public List<String> denialReasons() {
    return referenceData.denialReasons().stream()
        .filter(DenialReason::isActive)
        .map(DenialReason::getCode)
        .toList();
  }

  /** The codes of the reasons of a list in use, in their order. */
  public List<String> reasons(ReasonList list) {
    return referenceData.reasons(list).stream()
        .filter(ListedReason::isActive)
        .map(ListedReason::getCode)
        .toList();
  }

  /**
   * A denial reason in use, by its code; none given: null (the domain names the missing reason).
   *
   * @throws InvalidInputException naming the codes in use when it is not one of them
   */
  public String denialReason(String code) {
    if (code == null) {
      return null;
    }
    return referenceData
        .findDenialReason(code)
        .filter(DenialReason::isActive)
        .map(DenialReason::getCode)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "reasonCode", "must be one of " + String.join(", ", denialReasons())));
  }

  /**
   * The code of a reason of that list HR may choose now; null when none is given.
   *
   * @throws InvalidInputException naming the codes in use when it is not one of them
   */
  public String reason(ReasonList list, String code) {
    if (code == null) {
      return null;
    }
    return referenceData
        .findReason(list, code)
        .filter(ListedReason::isActive)
        .map(ListedReason::getCode)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    list == ReasonList.MEDICAL_INFORMATION
                        ? "medicalInformationReason"
                        : "reasonCode",
                    "must be one of " + String.join(", ", reasons(list))));
  }
}
