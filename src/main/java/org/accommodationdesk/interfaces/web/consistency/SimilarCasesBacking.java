package org.accommodationdesk.interfaces.web.consistency;

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
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.consistency.SimilarCasesService;
import org.accommodationdesk.application.consistency.SimilarCasesService.PairView;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.TextLimits;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /review/similar.xhtml?period=2026-Q1&category=...}: similar cases with different outcomes,
 * for HR leads (others get the not-found page; the service checks again). Each pair links to both
 * cases and can be marked reviewed with a note, which goes into both histories (HR only).
 */
@Named
@ViewScoped
public class SimilarCasesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Pairs shown at most. */
  static final int SHOWN = 50;

  @Inject private SimilarCasesService similar;
  @Inject private FacesSupport faces;

  private String period;
  private String category;
  private List<PairView> pairs = List.of();

  /** The page's view action. */
  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("HR_LEAD")) {
      FacesSupport.notFound();
      return;
    }
    try {
      pairs = similar.pairs(StatsFilter.parse(period, null, null, category, null), SHOWN);
    } catch (DomainException e) {
      faces.show(e, Map.of("period", "filters:period", "category", "filters:category"));
      pairs = similar.pairs(StatsFilter.none(), SHOWN);
    }
  }

  /** Marks the pair reviewed with the note written beside it. */
  public void review(long first, long second) throws IOException {
    String key = first + "-" + second;
    try {
      String note =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("note-" + key);
      similar.markReviewed(first, second, note);
      FacesContext fc = FacesContext.getCurrentInstance();
      ExternalContext ec = fc.getExternalContext();
      ec.getFlash().setKeepMessages(true);
      fc.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, faces.text("similar.reviewed", first, second), null));
      StringBuilder to =
          new StringBuilder(ec.getRequestContextPath()).append("/review/similar.xhtml");
      String sep = "?";
      if (period != null && !period.isBlank()) {
        to.append(sep).append("period=").append(URLEncoder.encode(period, StandardCharsets.UTF_8));
        sep = "&";
      }
      if (category != null && !category.isBlank()) {
        to.append(sep)
            .append("category=")
            .append(URLEncoder.encode(category, StandardCharsets.UTF_8));
      }
      ec.redirect(to.toString());
    } catch (DomainException e) {
      faces.show(e, Map.of("note", "pairs:note-" + key, "second", "pairs:note-" + key));
    }
  }

  /** What makes a pair alike, in words. */
  public String likeness(PairView p) {
    StringBuilder b = new StringBuilder();
    for (String l : p.likeness()) {
      b.append(b.length() == 0 ? "" : "; ").append(faces.text("similar.likeness." + l));
    }
    b.append("; ").append(faces.text("similar.daysApart", p.daysApart()));
    return b.toString();
  }

  public int getNoteMax() {
    return TextLimits.TEXT;
  }

  public List<PairView> getPairs() {
    return pairs;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<org.accommodationdesk.domain.request.Category> getCategories() {
    return List.of(org.accommodationdesk.domain.request.Category.values());
  }
}
