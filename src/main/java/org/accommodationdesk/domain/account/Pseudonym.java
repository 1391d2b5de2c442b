package org.accommodationdesk.domain.account;

import java.security.SecureRandom;

/**
 * A reviewer's pseudonym in the union's statistics: five random capital letters (11.8 million
 * possibilities), so that nothing about the person, their name or when they joined can be read from
 * it. Shown as "Reviewer QXKTB" in the reader's language.
 */
public final class Pseudonym {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int LENGTH = 5;

  private Pseudonym() {}

  public static String random() {
    char[] c = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      c[i] = (char) ('A' + RANDOM.nextInt(26));
    }
    return new String(c);
  }
}
