package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the browser's (English or Spanish) until the user picks one, then the
 * user's choice for the rest of the session.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final List<String> SUPPORTED = List.of("en", "es");

  private String language;

  /** The chosen language, or else the one of this request's locale (usable outside Faces). */
  public String languageFor(Locale requestLocale) {
    if (language != null) {
      return language;
    }
    return requestLocale != null && SUPPORTED.contains(requestLocale.getLanguage())
        ? requestLocale.getLanguage()
        : "en";
  }

  public String getLanguage() {
    if (language == null) {
      Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      language =
          browser != null && SUPPORTED.contains(browser.getLanguage())
              ? browser.getLanguage()
              : "en";
    }
    return language;
  }

  public void setLanguage(String language) {
    if (SUPPORTED.contains(language)) {
      this.language = language;
    }
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public List<String> getSupported() {
    return SUPPORTED;
  }

  /** Switches language and reloads the current page in it. */
  public String change() {
    FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }
}
