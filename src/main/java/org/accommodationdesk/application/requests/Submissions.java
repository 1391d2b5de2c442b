package org.accommodationdesk.application.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * Filing a request exactly once per submission key, whatever the client does: a page's form carries
 * a key of its own (posted twice, or thirty times at once, it files one request), an API client
 * sends {@code Idempotency-Key}. Outside any transaction on purpose: when concurrent posts race,
 * the loser's transaction is rolled back whole (no request, no statistics, no notice) and this
 * answers it, in a new transaction, with the request the winner filed.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Submissions {
  /** A key: 1 to 100 visible ASCII characters (a UUID, a client's own reference). */
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

  @Inject private RequestFiling filing;

  /** The request filed, and whether it had been filed before under the same key. */
  public record Filed(RequestView view, boolean replayed) {}

  /**
   * Files {@code input} with {@code uploads} under {@code key} (null: no key, always a new filing).
   *
   * @throws InvalidInputException for a malformed key, or a used key with a different filing
   */
  public Filed file(NewRequest input, List<Upload> uploads, String key) {
    checkKey(key);
    try {
      return filing.submit(input, uploads, key);
    } catch (DuplicateSubmissionException raced) {
      return filing.earlierFiling(key, fingerprint(input, uploads)).orElseThrow(() -> raced);
    }
  }

  /**
   * Files for an employee under {@code key} (null: no key), once: a concurrent post under the same
   * key is answered with the request the winner filed.
   *
   * @throws InvalidInputException for a malformed key, or a used key with a different filing
   */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public RequestFiling.ProxyFiled fileFor(
      String employee, NewRequest input, String consent, String key) {
    checkKey(key);
    try {
      return filing.fileFor(employee, input, consent, key);
    } catch (DuplicateSubmissionException raced) {
      return filing
          .earlierProxyFiling(key, RequestFiling.proxyFingerprint(employee, input, consent))
          .orElseThrow(() -> raced);
    }
  }

  private static void checkKey(String key) {
    if (key != null && !KEY.matcher(key).matches()) {
      throw InvalidInputException.of(
          "Idempotency-Key", "must be 1 to 100 visible ASCII characters, such as a UUID");
    }
  }

  /**
   * What identifies a filing: every detail, code and file sent, and what else the filing names
   * ({@code also}: for a filing for an employee, the employee and the consent) (SHA-256, hex).
   */
  static String fingerprint(NewRequest input, List<Upload> uploads, String... also) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(input.toString().getBytes(StandardCharsets.UTF_8));
      for (String a : also) {
        sha.update((byte) 0); // "ab","c" is not "a","bc"
        sha.update(String.valueOf(a).getBytes(StandardCharsets.UTF_8));
      }
      for (Upload u : uploads) {
        sha.update(u.fileName().getBytes(StandardCharsets.UTF_8));
        sha.update(u.content());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
