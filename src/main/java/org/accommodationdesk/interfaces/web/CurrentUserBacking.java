package org.accommodationdesk.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accommodationdesk.application.accounts.AccountService;
import org.accommodationdesk.application.accounts.AccountService.Profile;

/** The signed-in user for the page header and home pages: who, which roles, which menu. */
@Named
@RequestScoped
public class CurrentUserBacking {
  @Inject private AccountService accountService;
  private Profile profile;

  @PostConstruct
  void load() {
    profile = accountService.currentProfile().orElse(null);
  }

  public boolean isSignedIn() {
    return profile != null;
  }

  public Profile getProfile() {
    return profile;
  }

  public boolean hasRole(String role) {
    return profile != null && profile.hasRole(role);
  }
}
