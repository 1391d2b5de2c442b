package org.accommodationdesk.application.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.account.ApiToken;
import org.accommodationdesk.domain.account.ApiTokenRepository;

/** Personal access tokens in a list, ids given on {@code add}. */
public class InMemoryTokens implements ApiTokenRepository {
  private final List<ApiToken> all = new ArrayList<>();

  @Override
  public void add(ApiToken token) {
    Fields.set(token, "id", all.size() + 1L);
    all.add(token);
  }

  @Override
  public Optional<ApiToken> find(long id) {
    return all.stream().filter(t -> t.getId() == id).findFirst();
  }

  @Override
  public List<ApiToken> ownedBy(String owner) {
    return all.stream()
        .filter(t -> t.getOwner().equals(owner))
        .sorted(
            Comparator.comparing(ApiToken::getCreatedAt).thenComparing(ApiToken::getId).reversed())
        .toList();
  }
}
