package org.accommodationdesk.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accommodationdesk.application.requests.DocumentService;
import org.accommodationdesk.application.requests.Upload;
import org.accommodationdesk.domain.request.FieldError;

/**
 * The files chosen in one form, kept for that form across its errors: a browser cannot keep a
 * chosen file in a form it shows again, so each file is checked as it arrives (a wrong kind is
 * named with the form's other problems, not after them) and, if it will be accepted, kept here
 * until the form goes through or the person removes it. Held by a view-scoped backing bean, one per
 * form.
 */
public final class HeldFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A file kept between sends of the form. */
  public record HeldFile(String fileName, byte[] content) implements Serializable {}

  private final List<HeldFile> files = new ArrayList<>();

  /**
   * This form's key among the attributes of the request being answered (see {@link #refusedAny}).
   */
  private final String refusedKey = HeldFiles.class.getName() + "." + java.util.UUID.randomUUID();

  /**
   * A file field's validator (it runs whatever the other fields hold): keeps each chosen file that
   * will be accepted, once, and names the others on the field. It does not fail the form's
   * validation, so that the form's action still checks every other field and names all problems in
   * one round; the action asks {@link #refusedAny} before it sends anything.
   */
  public void hold(
      FacesContext context, UIComponent component, DocumentService documents, FacesSupport faces) {
    List<String> problems = new ArrayList<>();
    for (Upload upload : FacesSupport.uploads(component.getClientId(context))) {
      List<FieldError> wrong = documents.problemsOf(upload.fileName(), upload.content());
      if (!wrong.isEmpty()) {
        problems.add(upload.fileName() + ": " + faces.text("error.field." + wrong.get(0).code()));
      } else if (files.stream().noneMatch(f -> same(f, upload))) {
        files.add(new HeldFile(upload.fileName(), upload.content()));
      }
    }
    if (!problems.isEmpty()) {
      context.getAttributes().put(refusedKey, Boolean.TRUE);
      context.addMessage(
          component.getClientId(context),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, String.join(" ", problems), null));
    }
  }

  /**
   * Whether a file chosen with this send was refused (and named). The form's action then names its
   * other problems and sends nothing.
   */
  public boolean refusedAny() {
    // kept with the request, not the form: a send that stopped before its action (a date that is
    // not a date) must not leave the next send refused
    return FacesContext.getCurrentInstance().getAttributes().get(refusedKey) != null;
  }

  /** The same file chosen again is kept once. */
  private static boolean same(HeldFile f, Upload upload) {
    return f.fileName().equals(upload.fileName()) && Arrays.equals(f.content(), upload.content());
  }

  /** Takes a kept file out before the form is sent. */
  public void remove(int index) {
    if (index >= 0 && index < files.size()) {
      files.remove(index);
    }
  }

  /** The kept files, to file with the form. */
  public List<Upload> uploads() {
    return files.stream().map(f -> new Upload(f.fileName(), f.content())).toList();
  }

  /** Forgets the files once the form went through. */
  public void clear() {
    files.clear();
  }

  public List<HeldFile> getFiles() {
    return files;
  }
}
