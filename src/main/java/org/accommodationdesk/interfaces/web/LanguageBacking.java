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

  /**
   * Switches language and reloads the current page in it, at the same address: the page's view
   * parameters (a request's id, a list's filters) as the page was opened with them. The language
   * form posts to the page's bare address, so they are read from the view, not the request.
   */
  public String change() {
    FacesContext fc = FacesContext.getCurrentInstance();
    jakarta.faces.component.UIViewRoot root = fc.getViewRoot();
    root.setLocale(getLocale());
    StringBuilder outcome = new StringBuilder(root.getViewId()).append("?faces-redirect=true");
    for (jakarta.faces.component.UIViewParameter p :
        jakarta.faces.view.ViewMetadata.getViewParameters(root)) {
      String value = p.getStringValue(fc);
      if (value != null && !value.isEmpty()) {
        outcome
            .append('&')
            .append(p.getName())
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return outcome.toString();
  }
}
