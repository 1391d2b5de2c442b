package org.accommodationdesk.interfaces.web.admin;

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
import org.accommodationdesk.application.reference.ReferenceDataAdministration;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.ReasonView;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /admin/reasons.xhtml}: the reason lists the case record uses (why a decision is late...),
 * each reason with English and Spanish names, in use or retired, acceptable or not (administrators
 * only, as the rest of the reference data). {@code ?list=delay} chooses the list; {@code
 * ?code=CODE} opens one reason for changes; without, the form adds a new one. Each save goes back
 * to the list (post, then redirect).
 */
@Named
@ViewScoped
public class ReasonListsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "code", "reasonForm:code",
          "name", "reasonForm:name",
          "nameEs", "reasonForm:nameEs",
          "active", "reasonForm:active");

  @Inject private ReferenceDataAdministration administration;
  @Inject private FacesSupport faces;

  private String list;
  private ReasonList reasonList = ReasonList.DELAY;
  private List<ReasonView> reasons;

  /** The reason being changed (from ?code=), or null to add one. */
  private String code;

  private String newCode;
  private String name;
  private String nameEs;
  private boolean active = true;
  private boolean acceptable = true;
  private long version;

  /** The page's view action. */
  public void load() {
    reasonList = ReasonList.ofPathName(list == null ? "" : list).orElse(ReasonList.DELAY);
    list = reasonList.pathName();
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    reasons = administration.reasons(reasonList);
    reasons.stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .ifPresentOrElse(
            r -> {
              name = r.name();
              nameEs = r.nameEs();
              active = r.active();
              acceptable = r.acceptable();
              version = r.version();
            },
            () -> code = null);
  }

  public void save() throws IOException {
    try {
      if (code == null) {
        administration.addReason(reasonList, newCode, name, nameEs, acceptable);
      } else {
        administration.changeReason(
            reasonList,
            code,
            name == null ? "" : name,
            nameEs == null ? "" : nameEs,
            active,
            acceptable,
            version);
      }
    } catch (DomainException e) {
      faces.show(e, FIELDS);
      return;
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.getFlash().setKeepMessages(true);
    fc.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, faces.text("reasons.saved"), null));
    ec.redirect(ec.getRequestContextPath() + "/admin/reasons.xhtml?list=" + list);
  }

  /** Every list, by the name its address uses. */
  public List<String> getLists() {
    return Arrays.stream(ReasonList.values()).map(ReasonList::pathName).toList();
  }

  public List<ReasonView> getReasons() {
    return reasons;
  }

  public String getList() {
    return list;
  }

  public void setList(String list) {
    this.list = list;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameEs() {
    return nameEs;
  }

  public void setNameEs(String nameEs) {
    this.nameEs = nameEs;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public boolean isAcceptable() {
    return acceptable;
  }

  public void setAcceptable(boolean acceptable) {
    this.acceptable = acceptable;
  }

  public int getNameMax() {
    return ReferenceDataAdministration.NAME_MAX;
  }
}
