package org.accommodationdesk.domain.account;

import java.util.List;
import java.util.Optional;

/** Personal access tokens. */
public interface ApiTokenRepository {
  void add(ApiToken token);

  Optional<ApiToken> find(long id);

  /** A user's tokens, newest first, revoked and expired ones included. */
  List<ApiToken> ownedBy(String owner);
}
