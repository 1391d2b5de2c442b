package org.accommodationdesk.interfaces.web.records;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.records.LegalHoldService;
import org.accommodationdesk.application.records.LegalHoldService.HoldView;
import org.accommodationdesk.domain.records.HoldScope;
import org.accommodationdesk.domain.records.LegalHold;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /records/holds.xhtml}: legal holds, for HR leads and administrators: those in force and
 * the latest released, a form to place one (what it holds, why, the charge or case number), and a
 * Release button on each in force. Each change goes back to the list (post, then redirect).
 */
@Named
@ViewScoped
public class LegalHoldsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "scope", "holdForm:scope",
          "target", "holdForm:target",
          "reason", "holdForm:reason",
          "reference", "holdForm:reference");

  @Inject private LegalHoldService holds;
  @Inject private FacesSupport faces;

  private List<HoldView> all;
  private HoldScope scope = HoldScope.REQUEST;
  private String target;
  private String reason;
  private String reference;

  /** The page's view action. */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      all = holds.recent(200);
    }
  }

  public void place() throws IOException {
    try {
      HoldView placed = holds.place(scope, target, reason, reference);
      done(faces.text("holds.placed.message", placed.id()));
    } catch (DomainException e) {
      faces.show(e, FIELDS);
    }
  }

  public void release(long id, long version) throws IOException {
    try {
      holds.release(id, version);
      done(faces.text("holds.released", id));
    } catch (DomainException e) {
      faces.show(e, Map.of());
      all = holds.recent(200);
    }
  }

  private void done(String message) throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.getFlash().setKeepMessages(true);
    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    ec.redirect(ec.getRequestContextPath() + "/records/holds.xhtml");
  }

  /** The accessible name of a hold's Release button: "Release hold 7". */
  public String releaseLabel(long id) {
    return faces.text("holds.releaseNumber", id);
  }

  public List<HoldView> getInForce() {
    return all.stream().filter(HoldView::isInForce).toList();
  }

  public List<HoldView> getReleased() {
    return all.stream().filter(h -> !h.isInForce()).toList();
  }

  public List<HoldScope> getScopes() {
    return Arrays.asList(HoldScope.values());
  }

  public HoldScope getScope() {
    return scope;
  }

  public void setScope(HoldScope scope) {
    this.scope = scope;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public int getReasonMax() {
    return LegalHold.MAX_REASON;
  }

  public int getReferenceMax() {
    return LegalHold.MAX_REFERENCE;
  }

  public int getTargetMax() {
    return LegalHold.MAX_TARGET;
  }
}
