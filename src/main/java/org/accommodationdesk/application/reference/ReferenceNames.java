package org.accommodationdesk.application.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;

/**
 * The names of reference data (job classes, denial reasons) in a reader's language, for the edges
 * that render words (pages, CSV files): read once per request and language. Job classes have
 * English and Spanish names; location names are proper names. Not confidential: anyone signed in
 * may read them.
 */
@RequestScoped
public class ReferenceNames {
  @Inject private ReferenceDataRepository referenceData;

  private final Map<String, Map<String, String>> jobClassesByLanguage = new HashMap<>();
  private final Map<String, Map<String, String>> reasonsByLanguage = new HashMap<>();

  /** Job class code to name in this language ("en" or "es"; English where there is no other). */
  public Map<String, String> jobClasses(String language) {
    return jobClassesByLanguage.computeIfAbsent(
        language,
        l ->
            referenceData.jobClasses().stream()
                .collect(Collectors.toMap(JobClass::getCode, j -> j.name(l))));
  }

  /** A denial reason's name in this language (retired ones too); the code when it is unknown. */
  public String denialReason(String code, String language) {
    if (code == null) {
      return "";
    }
    return reasonsByLanguage
        .computeIfAbsent(
            language,
            l ->
                referenceData.denialReasons().stream()
                    .collect(Collectors.toMap(DenialReason::getCode, d -> d.name(l))))
        .getOrDefault(code, code);
  }

  /**
   * The name of a reason of one of the lists (a delay's...) in this language, retired ones too; the
   * code when it is unknown.
   */
  public String reason(String code, String language) {
    if (code == null) {
      return "";
    }
    return listedByLanguage
        .computeIfAbsent(
            language,
            l -> {
              Map<String, String> names = new HashMap<>();
              for (ReasonList list : ReasonList.values()) {
                referenceData.reasons(list).forEach(r -> names.put(r.getCode(), r.name(l)));
              }
              return names;
            })
        .getOrDefault(code, code);
  }

  private final Map<String, Map<String, String>> listedByLanguage = new HashMap<>();

  /** A work location's name (a proper name, the same in every language); the code when unknown. */
  public String location(String code) {
    if (code == null) {
      return "";
    }
    if (locations == null) {
      locations =
          referenceData.locations().stream()
              .collect(
                  Collectors.toMap(
                      org.accommodationdesk.domain.reference.WorkLocation::getCode,
                      org.accommodationdesk.domain.reference.WorkLocation::getName));
    }
    return locations.getOrDefault(code, code);
  }

  private Map<String, String> locations;

  /** A job class's name in this language; the code itself when it is unknown. */
  public String jobClass(String code, String language) {
    return code == null ? "" : jobClasses(language).getOrDefault(code, code);
  }
}
