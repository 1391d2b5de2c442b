package org.accommodationdesk.domain.analysis;

import java.util.List;
import java.util.Optional;

/** Saved what-if policies. */
public interface WhatIfPolicyRepository {
  void add(WhatIfPolicy policy);

  Optional<WhatIfPolicy> find(long id);

  /** Whether another policy has this name (names are unique, ignoring case). */
  boolean nameTaken(String name, Long exceptId);

  /** Every saved policy, by name. */
  List<WhatIfPolicy> all();

  /** Writes a changed policy now, so that its new version can be answered. */
  void changed(WhatIfPolicy policy);

  void remove(WhatIfPolicy policy);
}
