package org.accommodationdesk.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the JSON API, signed in as one demo user (or nobody). */
final class Api {
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String authorization;

  private Api(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static Api anonymous(URL deployment) {
    try {
      return new Api(deployment.toURI(), null);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  Api as(String user) {
    return as(user, "demo");
  }

  Api as(String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + token);
  }

  /** The same client with a personal access token instead. */
  Api bearer(String token) {
    return new Api(base, "Bearer " + token);
  }

  URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  Reply get(String path) {
    return send(builder(path).GET());
  }

  /** A GET asking for another media type (a PDF); the body's bytes, with status and headers. */
  HttpResponse<byte[]> download(String path, String accept) {
    try {
      return HTTP.send(
          builder(path).setHeader("Accept", accept).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Reply post(String path, String json) {
    return post(path, json, null);
  }

  Reply post(String path, String json, String ifMatch) {
    HttpRequest.Builder b =
        builder(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b);
  }

  /**
   * Posts a body announcing itself first ({@code Expect: 100-continue}), so that a server that
   * refuses it by its declared length can answer before the body is sent.
   */
  Reply postExpectingContinue(String path, String json) {
    return send(
        builder(path)
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .expectContinue(true)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply delete(String path) {
    return send(builder(path).DELETE());
  }

  Reply put(String path, String json) {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request whose answer is bytes (a ZIP, a PDF): status, headers and body as sent. */
  HttpResponse<byte[]> requestBytes(
      String method, String path, String contentType, String body, String accept) {
    try {
      return HTTP.send(
          builder(path)
              .setHeader("Accept", accept)
              .header("Content-Type", contentType)
              .method(method, HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Any request, as a careless or hostile client might send it. */
  Reply request(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder b =
        builder(path)
            .version(HttpClient.Version.HTTP_1_1)
            .expectContinue(body != null && body.length() > 65_536)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private static Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body parsed as JSON on demand. */
  record Reply(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    java.util.List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        JsonStructure s = reader.read();
        return s.asJsonObject();
      }
    }

    /** The body as a JSON array (a list answered without paging). */
    jakarta.json.JsonArray jsonArray() {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readArray();
      }
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
