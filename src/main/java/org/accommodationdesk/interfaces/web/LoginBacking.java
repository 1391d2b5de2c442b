package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.accommodationdesk.application.accounts.AccountService;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.accounts.SignInOptions;

/**
 * The login page ({@code /login.xhtml}): signs the user in and takes them where they wanted to go.
 */
@Named
@RequestScoped
public class LoginBacking {
  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private AccountService accountService;
  @Inject private SignInOptions signInOptions;

  @NotBlank
  @Size(max = 64)
  private String username;

  @NotBlank
  @Size(max = 200)
  private String password;

  private String next;

  /** Why a sign-in through the organisation's provider was refused (from its redirect). */
  private String signin;

  /**
   * Each refusal of the provider's sign-in, "failed", and "ended" (signed out because an
   * administrator changed the account) has its words (login.provider.*).
   */
  private static final java.util.Set<String> SIGN_IN_PROBLEMS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("failed", "ended"),
              java.util.Arrays.stream(
                      org.accommodationdesk.application.accounts.ProviderSignIn.Refusal.values())
                  .map(r -> r.name().toLowerCase(java.util.Locale.ROOT)))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Already signed in: straight to the home page; back from a refused provider sign-in: why. */
  public void redirectIfSignedIn() throws IOException {
    if (signin != null && SIGN_IN_PROBLEMS.contains(signin)) {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Messages.text(facesContext, "login.provider." + signin),
              null));
    }
    var profile = accountService.currentProfile();
    if (profile.isPresent()) {
      ExternalContext ec = facesContext.getExternalContext();
      ec.redirect(ec.getRequestContextPath() + profile.get().homePage());
    }
  }

  public void login() throws IOException {
    ExternalContext ec = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    request.changeSessionId();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) ec.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    if (status == AuthenticationStatus.SUCCESS) {
      String target = safeNext();
      if (target == null) {
        target = accountService.currentProfile().map(p -> p.homePage()).orElse("/index.xhtml");
      }
      ec.redirect(ec.getRequestContextPath() + target);
      facesContext.responseComplete();
    } else if (status != AuthenticationStatus.SEND_CONTINUE) {
      Object wait = request.getAttribute(CurrentUser.RETRY_AFTER_ATTRIBUTE);
      String text =
          wait != null
              ? Messages.text(facesContext, "login.throttled", wait)
              : request.getAttribute(CurrentUser.DEACTIVATED_ATTRIBUTE) != null
                  ? Messages.text(facesContext, "login.provider.deactivated")
                  : Messages.text(facesContext, "login.failed");
      facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  /** Only a path inside this application, never another site. */
  private String safeNext() {
    return CurrentUser.safeTarget(next);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Whether the page offers sign-in through the organisation's OpenID Connect provider. */
  public boolean isSingleSignOn() {
    return signInOptions.isSingleSignOn();
  }

  public String getSignin() {
    return signin;
  }

  public void setSignin(String signin) {
    this.signin = signin;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
