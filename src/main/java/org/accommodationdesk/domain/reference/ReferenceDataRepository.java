package org.accommodationdesk.domain.reference;

import java.util.List;
import java.util.Optional;

/** Work locations and job classes. */
public interface ReferenceDataRepository {
  List<WorkLocation> locations();

  List<JobClass> jobClasses();

  Optional<WorkLocation> findLocation(String code);

  Optional<JobClass> findJobClass(String code);
}
