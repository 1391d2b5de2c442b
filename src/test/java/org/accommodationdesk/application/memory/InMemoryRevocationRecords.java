package org.accommodationdesk.application.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.application.accounts.SignInRevocationRecords;
import org.accommodationdesk.domain.account.SignInRevocation;

/** Sign-in revocations kept in a list instead of the database. */
public class InMemoryRevocationRecords extends SignInRevocationRecords {
  public final List<SignInRevocation> stored = new ArrayList<>();

  @Override
  public void store(SignInRevocation revocation) {
    stored.add(revocation);
  }

  @Override
  public List<SignInRevocation> after(Instant after) {
    return stored.stream().filter(r -> r.getRevokedAt().isAfter(after)).toList();
  }

  @Override
  public int forgetBefore(Instant before) {
    int size = stored.size();
    stored.removeIf(r -> r.getRevokedAt().isBefore(before));
    return size - stored.size();
  }
}
