package org.accommodationdesk.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.accommodationdesk.application.notices.NoticeText;
import org.accommodationdesk.application.notices.OutboxWork.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A notice's mail in its recipient's language, from the application's message bundle: what
 * happened, what to do by when, and a link. Nothing else: no medical details, no documents.
 */
@ApplicationScoped
public class MailText {
  static final String BUNDLE = "org.accommodationdesk.i18n.messages";

  /** Where people open the application, for the link (no trailing slash needed). */
  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.link-base", defaultValue = "http://localhost:8080")
  private String linkBase;

  /** A mail's subject and plain-text body. */
  public record Rendered(String subject, String body) {}

  public Rendered render(OutgoingMail mail) {
    Locale locale = Locale.forLanguageTag(mail.language());
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale);
    String date =
        mail.date() == null
            ? ""
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(mail.date());
    long id = mail.subject();
    String what = format(words, NoticeText.key(mail.kind(), mail.date() != null), locale, id, date);
    String link = linkBase.replaceAll("/+$", "") + NoticeText.path(mail.kind(), mail.requestId());
    String body =
        format(words, "mail.greeting", locale, mail.displayName())
            + "\n\n"
            + what
            + "\n\n"
            + format(words, "mail.open", locale, link)
            + letter(words, locale, mail)
            + "\n\n-- \n"
            + words.getString("mail.footer")
            + "\n";
    String subject =
        words.containsKey("mail.subject." + mail.kind().name())
            ? "mail.subject." + mail.kind().name()
            : "mail.subject";
    return new Rendered(format(words, subject, locale, id), body);
  }

  private static String format(ResourceBundle words, String key, Locale locale, Object... args) {
    return new MessageFormat(words.getString(key), locale).format(args);
  }

  /** A line linking the decision letter, for a decision's mail (the letter is never attached). */
  private String letter(ResourceBundle words, Locale locale, OutgoingMail mail) {
    String path = NoticeText.letterPath(mail.kind(), mail.requestId());
    return path == null
        ? ""
        : "\n" + format(words, "mail.letter", locale, linkBase.replaceAll("/+$", "") + path);
  }
}
