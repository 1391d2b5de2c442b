package org.accommodationdesk.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.accommodationdesk.application.accounts.RosterImport;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /admin/import.xhtml}: a staff roster (CSV) is uploaded, previewed row by row with every
 * problem named, and imported only as a whole, once the preview has no problem.
 */
@Named
@ViewScoped
public class RosterImportBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest roster file the page takes (the API takes 1 MB bodies, the same). */
  static final int MAX_BYTES = 1024 * 1024;

  @Inject private RosterImport roster;
  @Inject private FacesSupport faces;

  private transient Part file;
  private String csv;
  private RosterImport.Preview preview;
  private RosterImport.Preview imported;

  /** What a row changes (every field of a new account), in the reader's words. */
  public java.util.List<AccountChangeWords.Change> changes(RosterImport.RowResult row) {
    return new AccountChangeWords(faces).changes(row.before(), row.after());
  }

  public void check() {
    imported = null;
    preview = null;
    csv = null;
    if (file == null || file.getSize() == 0) {
      faces.error("importForm:file", faces.text("roster.noFile"));
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      faces.error("importForm:file", faces.text("roster.tooLarge"));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      csv =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
              .toString();
      preview = roster.preview(csv);
    } catch (CharacterCodingException e) {
      faces.error("importForm:file", faces.text("roster.notUtf8"));
    } catch (IOException e) {
      faces.error("importForm:file", faces.text("roster.noFile"));
    } catch (DomainException e) {
      faces.show(e, Map.of("file", "importForm:file"));
    }
  }

  public void importAll() {
    try {
      imported = roster.importRoster(csv);
      preview = null;
      csv = null;
      faces.info("roster.done", imported.create(), imported.update());
    } catch (DomainException e) {
      faces.show(e, Map.of());
    }
  }

  /** A problem in the reader's language: the field's label and the rule's words. */
  public String problem(FieldError e) {
    String key = "error.field." + e.code();
    String text = faces.text(key);
    return text.equals(key) ? faces.text("admin.field." + e.field()) + ": " + e.message() : text;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public RosterImport.Preview getPreview() {
    return preview;
  }

  public RosterImport.Preview getImported() {
    return imported;
  }
}
