package org.accommodationdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session for the pages (not the API): signs in through the login form and
 * keeps the session cookie, without a browser, so that many sessions can run at once.
 */
final class WebSession {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

  private WebSession(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** A new session signed in as a demo user. */
  static WebSession signIn(URI base, String user) {
    WebSession s = new WebSession(base);
    Page after = s.trySignIn(user, "demo");
    if (after.status() != 302 && after.status() != 303) {
      throw new IllegalStateException("sign-in as " + user + " failed: " + after.status());
    }
    return s;
  }

  /** Fills in and sends the login form; the answer is a redirect when it worked. */
  Page trySignIn(String user, String password) {
    Page login = get("login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("loginForm:next", "");
    form.put("loginForm:username", user);
    form.put("loginForm:password", password);
    form.put("loginForm:submit", "");
    form.put("jakarta.faces.ViewState", login.viewState());
    form.put("primefaces.nonce", login.nonce());
    return post("login.xhtml", form);
  }

  /** An anonymous session. */
  static WebSession anonymous(URI base) {
    return new WebSession(base);
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  Page post(String path, Map<String, String> form) {
    return post(path, form, null);
  }

  /** A file field of a multipart form. */
  record FilePart(String field, String fileName, String contentType, byte[] content) {}

  /** Posts a multipart form (a form with files), as a browser does, from the page at referer. */
  Page postMultipart(
      String path, Map<String, String> fields, java.util.List<FilePart> files, String referer) {
    String boundary = "----accommodationdesk" + System.nanoTime();
    java.util.List<byte[]> chunks = new java.util.ArrayList<>();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      chunks.add(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"\r\n\r\n"
                  + e.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    for (FilePart f : files) {
      chunks.add(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.field()
                  + "\"; filename=\""
                  + f.fileName()
                  + "\"\r\nContent-Type: "
                  + f.contentType()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      chunks.add(f.content());
      chunks.add("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    chunks.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Referer", uri(referer).toString())
            .POST(HttpRequest.BodyPublishers.ofByteArrays(chunks)));
  }

  /** Posts a form as a browser does (from the page at referer, when given). */
  Page post(String path, Map<String, String> form, String referer) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (referer != null) {
      b.header("Referer", uri(referer).toString());
    }
    return send(b);
  }

  /** Posts any body with any Content-Type, as a careless or hostile client might. */
  Page postRaw(String path, String contentType, byte[] body, String referer) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (referer != null) {
      b.header("Referer", uri(referer).toString());
    }
    return send(b);
  }

  private URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** Forgets the session cookie, keeping the others: the browser after its session ended. */
  WebSession withoutSession() {
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equalsIgnoreCase("JSESSIONID"))
        .toList()
        .forEach(c -> cookies.getCookieStore().remove(null, c));
    return this;
  }

  /** Every later request as from client {@code address} (X-Forwarded-For, as behind a proxy). */
  WebSession from(String address) {
    this.address = address;
    return this;
  }

  private String address;

  /** A file as bytes (a PDF), asked for in {@code language} (Accept-Language). */
  HttpResponse<byte[]> download(String path, String language) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri(path))
              .header("Accept-Language", language)
              .timeout(Duration.ofSeconds(60))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Page send(HttpRequest.Builder b) {
    if (address != null) {
      b.setHeader("X-Forwarded-For", address);
    }
    try {
      HttpResponse<String> r =
          http.send(
              b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Page(
          r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** An answer: status, where it redirects, and the page. */
  record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {
    /** A header of the answer, or null. */
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The page's script nonce, which PrimeFaces' scripts post back with every form. */
    String nonce() {
      Matcher m = NONCE.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("no script nonce in the page (status " + status + ")");
      }
      return m.group(1);
    }

    String viewState() {
      Matcher m = VIEW_STATE.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("no view state in the page (status " + status + ")");
      }
      return m.group(1);
    }
  }
}
