package org.accommodationdesk.interfaces.web.records;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.ledger.Checkpoint;
import org.accommodationdesk.application.ledger.LedgerService;
import org.accommodationdesk.application.ledger.Verification;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /admin/records.xhtml}, the ledger's part (administrators): the latest checkpoints, each as
 * the line to copy off the machine, writing one now, and Verify, against the stored checkpoints and
 * any the administrator pastes back.
 */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LedgerService ledger;
  @Inject private FacesSupport faces;

  private List<Checkpoint> checkpoints;
  private String supplied;
  private Verification verification;

  /** The page's view action. */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      checkpoints = ledger.recent(10);
    }
  }

  public void checkpointNow() {
    ledger.checkpointNow();
    checkpoints = ledger.recent(10);
  }

  public void verify() {
    try {
      verification =
          ledger.verify(supplied == null ? List.of() : Arrays.asList(supplied.split("\\R")));
    } catch (DomainException e) {
      faces.show(e, Map.of("checkpoints", "verifyForm:supplied"));
      verification = null;
    }
  }

  public List<Checkpoint> getCheckpoints() {
    return checkpoints;
  }

  public String getSupplied() {
    return supplied;
  }

  public void setSupplied(String supplied) {
    this.supplied = supplied;
  }

  /** The last verification on this page; null until one ran. */
  public Verification getVerification() {
    return verification;
  }
}
