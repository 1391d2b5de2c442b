package org.accommodationdesk.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * One key per request, for its documents, kept in {@code request_key} encrypted ("wrapped") under
 * the master key, with the id of the master key that wrapped it. Destroying a request's key makes
 * its documents unreadable wherever their bytes still are, backups included (crypto-shredding).
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class RequestKeys {
  @PersistenceContext private EntityManager em;
  @Inject private MasterKeys masterKeys;

  static String label(long requestId) {
    return "request-key:" + requestId;
  }

  /**
   * The request's key, made (and kept, wrapped) the first time it is needed. Takes the request's
   * row lock first, so that two first uploads to one request make one key between them.
   */
  public byte[] keyFor(long requestId) {
    em.createNativeQuery("SELECT id FROM accommodation_request WHERE id = ?1 FOR UPDATE")
        .setParameter(1, requestId)
        .getResultList();
    return existing(requestId)
        .orElseGet(
            () -> {
              byte[] key = Aead.newKey();
              Secret master = masterKeys.ring().current();
              em.createNativeQuery(
                      "INSERT INTO request_key (request_id, master_key_id, wrapped_key)"
                          + " VALUES (?1, ?2, ?3)")
                  .setParameter(1, requestId)
                  .setParameter(2, master.id())
                  .setParameter(3, Aead.seal(master.bytes(), label(requestId), key))
                  .executeUpdate();
              return key;
            });
  }

  /** The request's key, if it has one (none yet, or destroyed). */
  public Optional<byte[]> existing(long requestId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT master_key_id, wrapped_key FROM request_key WHERE request_id = ?1")
            .setParameter(1, requestId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(unwrap(requestId, (String) row[0], (byte[]) row[1]));
  }

  private byte[] unwrap(long requestId, String masterKeyId, byte[] wrapped) {
    Secret master =
        masterKeys
            .ring()
            .byId(masterKeyId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "request "
                            + requestId
                            + ": its document key was wrapped with master key "
                            + masterKeyId
                            + ", which is neither "
                            + MasterKeys.SETTING
                            + " nor one of "
                            + MasterKeys.PREVIOUS));
    return Aead.open(master.bytes(), label(requestId), wrapped);
  }

  /** Destroys the request's key: its documents can never be read again. */
  public boolean destroy(long requestId) {
    return em.createNativeQuery("DELETE FROM request_key WHERE request_id = ?1")
            .setParameter(1, requestId)
            .executeUpdate()
        == 1;
  }

  /** Ids of master keys that wrapped some request key and are not configured. */
  public List<String> unknownMasterKeys() {
    MasterKeys.Ring ring = masterKeys.ring();
    return em
        .createNativeQuery("SELECT DISTINCT master_key_id FROM request_key")
        .getResultList()
        .stream()
        .map(String.class::cast)
        .filter(id -> ring.byId((String) id).isEmpty())
        .map(String.class::cast)
        .toList();
  }

  /**
   * Rewraps up to {@code batch} request keys wrapped with a previous master key under the current
   * one.
   *
   * @return how many
   */
  public int rewrap(int batch) {
    Secret current = masterKeys.ring().current();
    List<?> rows =
        em.createNativeQuery(
                "SELECT request_id, master_key_id, wrapped_key FROM request_key"
                    + " WHERE master_key_id <> ?1 ORDER BY request_id")
            .setParameter(1, current.id())
            .setMaxResults(batch)
            .getResultList();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      long requestId = ((Number) row[0]).longValue();
      byte[] key = unwrap(requestId, (String) row[1], (byte[]) row[2]);
      em.createNativeQuery(
              "UPDATE request_key SET master_key_id = ?1, wrapped_key = ?2 WHERE request_id = ?3")
          .setParameter(1, current.id())
          .setParameter(2, Aead.seal(current.bytes(), label(requestId), key))
          .setParameter(3, requestId)
          .executeUpdate();
    }
    return rows.size();
  }
}
