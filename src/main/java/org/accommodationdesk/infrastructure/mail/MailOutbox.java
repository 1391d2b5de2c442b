package org.accommodationdesk.infrastructure.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accommodationdesk.application.notices.NoticesWritten;
import org.accommodationdesk.application.notices.OutboxWork;
import org.accommodationdesk.application.notices.OutboxWork.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the mail outbox through Jakarta Mail to the SMTP server in configuration: right after a
 * step that wrote notices commits, and every {@code poll-seconds} for retries. A mail the server
 * refuses, or a server that is down, leaves the notice pending with a growing wait (from {@code
 * retry-seconds} doubling to an hour); the step that wrote it never knows. No host configured: mail
 * is off and nothing here runs.
 */
@ApplicationScoped
public class MailOutbox {
  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  /** Mails per round. */
  private static final int ROUND = 50;

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private OutboxWork work;
  @Inject private MailText text;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.host")
  private Optional<String> host;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.port", defaultValue = "25")
  private int port;

  @Inject
  @ConfigProperty(
      name = "accommodationdesk.mail.from",
      defaultValue = "accommodation-desk@localhost")
  private String from;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.user")
  private Optional<String> user;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.password")
  private Optional<String> password;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.starttls", defaultValue = "false")
  private boolean starttls;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.timeout-seconds", defaultValue = "20")
  private int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.poll-seconds", defaultValue = "30")
  private int pollSeconds;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.retry-seconds", defaultValue = "60")
  private int retrySeconds;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile Session session;
  private volatile ScheduledFuture<?> polling;

  /** Whether mail is configured. */
  public boolean isOn() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /**
   * Starts polling the outbox, when mail is on.
   *
   * @throws IllegalStateException naming a setting that is wrong
   */
  public void start() {
    if (!isOn()) {
      LOG.info("Mail is off (accommodationdesk.mail.host is not set): notices stay in the app");
      return;
    }
    try {
      new InternetAddress(from, true);
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "accommodationdesk.mail.from: not a mail address: \"" + from + "\"", e);
    }
    if (port < 1 || port > 65535) {
      throw new IllegalStateException("accommodationdesk.mail.port: not a port: " + port);
    }
    session = session();
    polling =
        executor.scheduleWithFixedDelay(
            this::sendDue, 0, Math.max(1, pollSeconds), TimeUnit.SECONDS);
    LOG.info(() -> "Mail on: through " + host.get() + ":" + port + " from " + from);
  }

  @PreDestroy
  void stop() {
    ScheduledFuture<?> p = polling;
    if (p != null) {
      p.cancel(false);
    }
  }

  /** Notices with mail were committed: send them now rather than at the next poll. */
  void noticesWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesWritten written) {
    if (session != null) {
      executor.execute(this::sendDue);
    }
  }

  /** Sends what is due; one round at a time per node, another round when asked meanwhile. */
  void sendDue() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        for (Long id : work.due(ROUND)) {
          work.claim(id).ifPresent(this::send);
        }
      } while (again.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mail outbox could not be read; trying again later", e);
    } finally {
      running.set(false);
    }
  }

  private void send(OutgoingMail mail) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(
          Message.RecipientType.TO, new InternetAddress(mail.email(), mail.displayName(), "UTF-8"));
      MailText.Rendered rendered = text.render(mail);
      message.setSubject(rendered.subject(), "UTF-8");
      message.setText(rendered.body(), "UTF-8");
      message.setHeader("Content-Language", mail.language());
      message.setSentDate(new Date());
      Transport.send(message);
      work.sent(mail.noticeId());
    } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          () -> "Mail for notice " + mail.noticeId() + " not sent (will retry): " + e);
      work.failed(mail.noticeId(), e.toString(), Duration.ofSeconds(Math.max(1, retrySeconds)));
    }
  }

  private Session session() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host.get().strip());
    p.put("mail.smtp.port", String.valueOf(port));
    String timeout = String.valueOf(Duration.ofSeconds(timeoutSeconds).toMillis());
    p.put("mail.smtp.connectiontimeout", timeout);
    p.put("mail.smtp.timeout", timeout);
    p.put("mail.smtp.writetimeout", timeout);
    if (starttls) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    Optional<String> name = user.filter(u -> !u.isBlank());
    if (name.isEmpty()) {
      return Session.getInstance(p);
    }
    p.put("mail.smtp.auth", "true");
    String secret = password.orElse("");
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(name.get(), secret);
          }
        });
  }
}
