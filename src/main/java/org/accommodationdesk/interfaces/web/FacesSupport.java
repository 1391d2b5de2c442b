package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.accommodationdesk.application.requests.Upload;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;

/** Shows the application's refusals on a page, in the page's language, next to the right field. */
@ApplicationScoped
public class FacesSupport {
  static final String BUNDLE = "org.accommodationdesk.i18n.messages";

  public String text(String key, Object... args) {
    return Messages.text(FacesContext.getCurrentInstance(), key, args);
  }

  public void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  /** A day written out in the page's language ("December 4, 2026", "4 de diciembre de 2026"). */
  public String longDate(java.time.LocalDate day) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(day);
  }

  /**
   * Asks about a start date long past (the form's {@link RequestForm#askAboutPastStart}) in the
   * same round as the form's other problems ({@code fields}: as for {@link #show}).
   *
   * @return whether it asked (nothing is sent then)
   */
  public boolean askAboutPastStart(
      RequestForm form, java.time.LocalDate today, Map<String, String> fields) {
    if (!form.askAboutPastStart(today)) {
      return false;
    }
    FacesContext.getCurrentInstance().validationFailed();
    error(
        fields.get("startDate"),
        text("new.pastStart", RequestForm.PAST_START_DAYS, longDate(form.getStartDate())));
    List<FieldError> others = form.details().problems().asList();
    if (!others.isEmpty()) {
      show(new InvalidInputException(others), fields, form.getVoice());
    }
    return true;
  }

  public void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * Puts each field error next to its field ({@code fields} maps a field name to a component's
   * client id); errors of other fields become page messages.
   */
  public void show(DomainException e, Map<String, String> fields) {
    show(e, fields, "");
  }

  /**
   * The same, in a voice: a field's message key with {@code voice} appended ({@code
   * error.field.startDate.proxy}) is taken when the bundle has it (a form filled in for someone
   * else speaks of them, not of "you").
   */
  public void show(DomainException e, Map<String, String> fields, String voice) {
    FacesContext.getCurrentInstance().validationFailed();
    if (e instanceof InvalidInputException invalid) {
      for (FieldError fe : invalid.errors()) {
        String clientId = fields.get(fe.field());
        error(clientId, localized(fe, voice));
      }
      return;
    }
    error(null, text(messageKey(e.kind())));
  }

  /** The pages' words for each kind of refusal: the one place that maps them. */
  static String messageKey(DomainException.Kind kind) {
    return switch (kind) {
      case STALE, CONCURRENT -> "error.stale";
      case NOT_NOW -> "error.transition";
      case NOT_PERMITTED -> "error.notPermitted";
      case NOT_FOUND -> "error.notFound.item";
      case INVALID -> "error.invalid";
    };
  }

  /** The bundle's text for this field's problem ({@code error.field.<name>}), or the rule's own. */
  private String localized(FieldError fe, String voice) {
    FacesContext fc = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, fc.getViewRoot().getLocale());
    String key =
        bundle.containsKey("error.field." + fe.code() + voice)
            ? "error.field." + fe.code() + voice
            : "error.field." + fe.code();
    String prefix =
        bundle.containsKey("field." + fe.field())
            ? bundle.getString("field." + fe.field()) + ": "
            : "";
    if (!bundle.containsKey(key)) {
      return prefix + fe.message();
    }
    String text = bundle.getString(key);
    // a field that names an item ("requests[12]") gives its number to a message that shows it
    java.util.regex.Matcher item = ITEM.matcher(fe.field());
    return item.find() && text.contains("{0}")
        ? java.text.MessageFormat.format(text, item.group(1))
        : text;
  }

  /** The item a field's last brackets name: {@code requests[12]} is about request 12. */
  private static final java.util.regex.Pattern ITEM =
      java.util.regex.Pattern.compile("\\[(\\d+)]$");

  /**
   * The files chosen in the file field {@code clientId} of the form just posted, read from the
   * request itself: a field where no file was chosen is left out, but an empty file is kept, so
   * that the rule for documents refuses it by name (Faces' own conversion drops empty files
   * silently).
   */
  public static List<Upload> uploads(String clientId) {
    List<Upload> uploads = new ArrayList<>();
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (!(request instanceof jakarta.servlet.http.HttpServletRequest http)
        || http.getContentType() == null
        || !http.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      return uploads;
    }
    try {
      for (Part part : http.getParts()) {
        if (!clientId.equals(part.getName())
            || part.getSubmittedFileName() == null
            || part.getSubmittedFileName().isBlank()) {
          continue;
        }
        try (InputStream in = part.getInputStream()) {
          uploads.add(new Upload(part.getSubmittedFileName(), in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (jakarta.servlet.ServletException e) {
      throw new IllegalStateException(e);
    }
    return uploads;
  }

  /** Answers 404 ("Page not found") instead of the page being rendered. */
  public static void notFound() throws java.io.IOException {
    jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
    fc.getExternalContext().responseSendError(404, "Not found");
    fc.responseComplete();
  }

  /** A request number from an address parameter, or null for anything else ("abc", "-1", ""). */
  public static Long requestId(String value) {
    if (value == null || !value.matches("[0-9]{1,18}")) {
      return null;
    }
    return Long.valueOf(value);
  }

  /**
   * This form's submission key: the page state it was posted from (Faces' view state token, new for
   * every page drawn), so the same form posted again (Back and send, a double click that got
   * through, a replayed post, thirty at once) files nothing new ({@code Submissions}).
   */
  public static String submissionKey() {
    String state =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(jakarta.faces.render.ResponseStateManager.VIEW_STATE_PARAM);
    if (state == null || state.isBlank()) {
      return null;
    }
    try { // a key of fixed length, whatever the state saving method makes of the token
      return "form:"
          + java.util.HexFormat.of()
              .formatHex(
                  java.security.MessageDigest.getInstance("SHA-256")
                      .digest(state.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
