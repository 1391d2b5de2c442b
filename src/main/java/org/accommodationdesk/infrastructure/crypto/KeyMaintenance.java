package org.accommodationdesk.infrastructure.crypto;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.accommodationdesk.infrastructure.persistence.JpaDocumentRepository;

/**
 * What start-up does with the keys before anything is served: the master key must be set (outside
 * demo mode) and must open every request key; keys wrapped with a previous master key are rewrapped
 * under the current one (rotation); documents stored before encryption are encrypted. Each batch is
 * a transaction of its own, so that a node that dies half-way leaves nothing half done.
 */
@Stateless
@PermitAll
public class KeyMaintenance {
  private static final int BATCH = 200;

  @Inject private MasterKeys masterKeys;
  @Inject private RequestKeys keys;
  @Inject private JpaDocumentRepository documents;
  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;

  /**
   * Checks the keys, then rotates and encrypts what is left to.
   *
   * @throws IllegalStateException naming the setting when the master key is missing or is not the
   *     one the stored keys were wrapped with
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void check() {
    masterKeys.ring();
    List<String> unknown = keys.unknownMasterKeys();
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          MasterKeys.SETTING
              + " (key id "
              + masterKeys.ring().current().id()
              + ") is not the key the stored documents were encrypted with (key id "
              + String.join(", ", unknown)
              + "). Set that key, or list it in "
              + MasterKeys.PREVIOUS
              + " to rotate onto the new one (docs/operations.md, Keys)");
    }
  }

  /** Rewraps one batch of request keys under the current master key; how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int rewrapBatch() {
    org.accommodationdesk.infrastructure.persistence.StartupLock.take(em); // one node at a time
    return keys.rewrap(BATCH);
  }

  /** Encrypts one batch of documents stored in the clear; how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int encryptBatch() {
    org.accommodationdesk.infrastructure.persistence.StartupLock.take(em); // one node at a time
    return documents.encryptLegacy(BATCH);
  }
}
