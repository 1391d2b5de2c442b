package org.accommodationdesk.interfaces.rest;

import java.util.List;

/**
 * The body of {@code POST /api/admin/accounts} and {@code PATCH /api/admin/accounts/{username}}. On
 * PATCH, a field left out stays as it is; {@code username} cannot change.
 */
public class AccountJson {
  /** 2 to 64 lower-case letters, digits, dots, dashes or underscores (POST only). */
  public String username;

  public String displayName;

  /** Where notices go; an empty string removes it. */
  public String email;

  /** en or es; English when left out on POST. */
  public String language;

  /** EMPLOYEE, REVIEWER, UNION_REP, ADMIN: at least one. */
  public List<String> roles;

  public String workLocationCode;
  public String jobClassCode;

  /** false deactivates the account (it cannot sign in; its cases keep their history). */
  public Boolean active;

  /** 10 to 200 characters; required on POST. Never shown again. */
  public String password;
}
