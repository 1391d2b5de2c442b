package org.accommodationdesk.application.accounts;

/** Turns a new password into what is stored: a salted slow hash, never the password. */
public interface PasswordHasher {
  String hash(String password);
}
