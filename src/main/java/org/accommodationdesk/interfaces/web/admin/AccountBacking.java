package org.accommodationdesk.interfaces.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.AccountAdministration.AccountView;
import org.accommodationdesk.application.accounts.SignInOptions;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.domain.account.AccountNotFoundException;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /admin/account.xhtml}: a new account (no {@code username} parameter), or one account to
 * change: name, e-mail, language, roles, work location, job class, active, a new password. Saving
 * goes back to the account's own address (post, then redirect).
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "username", "accountForm:username",
          "displayName", "accountForm:displayName",
          "email", "accountForm:email",
          "language", "accountForm:language",
          "roles", "accountForm:roles",
          "workLocationCode", "accountForm:location",
          "jobClassCode", "accountForm:jobClass",
          "active", "accountForm:active",
          "password", "accountForm:password");

  @Inject private SignInOptions signInOptions;
  @Inject private AccountAdministration administration;
  @Inject private FacesSupport faces;

  private String username;
  private boolean creating;
  private String displayName;
  private String email;
  private String language = "en";
  private List<String> roles = new ArrayList<>(List.of("EMPLOYEE"));
  private String workLocationCode;
  private String jobClassCode;
  private boolean active = true;
  private String password;
  private long version;

  /** The page's view action: a known account, a new one, or "not found". */
  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    creating = username == null || username.isBlank();
    if (creating) {
      return;
    }
    try {
      show(administration.get(username));
    } catch (AccountNotFoundException unknown) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private void show(AccountView a) {
    displayName = a.displayName();
    email = a.email();
    language = a.language();
    roles = new ArrayList<>(a.roles());
    workLocationCode = a.workLocationCode();
    jobClassCode = a.jobClassCode();
    active = a.active();
    version = a.version();
  }

  public void save() throws IOException {
    AccountView saved;
    try {
      if (creating) {
        saved =
            administration.create(
                new AccountAdministration.NewAccount(
                    username,
                    displayName,
                    email,
                    language,
                    new LinkedHashSet<>(roles),
                    workLocationCode,
                    jobClassCode,
                    password));
      } else {
        saved =
            administration.change(
                username,
                new AccountAdministration.AccountChanges(
                    displayName,
                    email == null ? "" : email,
                    language,
                    new LinkedHashSet<>(roles),
                    workLocationCode == null ? "" : workLocationCode,
                    jobClassCode == null ? "" : jobClassCode,
                    active,
                    password == null || password.isEmpty() ? null : password),
                version);
      }
    } catch (DomainException e) {
      password = null;
      faces.show(e, FIELDS);
      return;
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.getFlash().setKeepMessages(true);
    fc.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            faces.text(creating ? "admin.account.created" : "admin.account.saved"),
            null));
    ec.redirect(
        ec.getRequestContextPath()
            + "/admin/account.xhtml?username="
            + URLEncoder.encode(saved.username(), StandardCharsets.UTF_8));
  }

  public List<ReferenceItem> getLocations() {
    return administration.locations();
  }

  public List<ReferenceItem> getJobClasses() {
    return administration.jobClasses();
  }

  public List<String> getAllRoles() {
    return UserAccount.ROLES;
  }

  public List<String> getLanguages() {
    return UserAccount.LANGUAGES;
  }

  public int getDisplayNameMax() {
    return UserAccount.DISPLAY_NAME_MAX;
  }

  public int getEmailMax() {
    return UserAccount.EMAIL_MAX;
  }

  public int getPasswordMax() {
    return AccountAdministration.PASSWORD_MAX;
  }

  /** A new account needs a password unless people sign in through the organisation's provider. */
  public boolean isPasswordRequired() {
    return creating && !signInOptions.isSingleSignOn();
  }

  public boolean isCreating() {
    return creating;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getWorkLocationCode() {
    return workLocationCode;
  }

  public void setWorkLocationCode(String workLocationCode) {
    this.workLocationCode = workLocationCode;
  }

  public String getJobClassCode() {
    return jobClassCode;
  }

  public void setJobClassCode(String jobClassCode) {
    this.jobClassCode = jobClassCode;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
