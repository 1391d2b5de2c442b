package org.accommodationdesk.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps people wait on (issue 25 #17), timed as a person feels them: from the click (or the
 * address) to the page loaded in headless Chromium, against a running application on the demo data
 * (README's run command). Each step is repeated; the median and the worst are printed.
 *
 * <p>{@code mvn -DskipTests package exec:java@stepbench} with the application running on
 * http://localhost:8080/ ({@code -Dbench.url=}, {@code -Dbench.repetitions=}, default 7).
 */
public final class StepTimingBenchmark {
  private final WebDriver d;
  private final String base;
  private final Map<String, List<Long>> times = new LinkedHashMap<>();

  private StepTimingBenchmark(WebDriver d, String base) {
    this.d = d;
    this.base = base;
  }

  public static void main(String[] args) {
    String base = System.getProperty("bench.url", "http://localhost:8080/");
    int n = Integer.getInteger("bench.repetitions", 7);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
    o.addArguments("--headless=new", "--no-sandbox", "--window-size=1366,1000", "--lang=en");
    ChromeDriver driver = new ChromeDriver(o);
    try {
      StepTimingBenchmark b = new StepTimingBenchmark(driver, base);
      b.open("login.xhtml"); // the server's first answer is not a step anyone repeats
      b.signIn("reviewer1");
      b.time("statistics page, first visit after start", () -> b.open("review/stats.xhtml"));
      for (int i = 0; i < n; i++) {
        b.record("sign-in (reviewer, to the queue)", b.signIn("reviewer1"));
        b.time("review queue", () -> b.open("review/home.xhtml"));
        b.time("statistics page", () -> b.open("review/stats.xhtml"));
        b.record("sign-in (employee, to My requests)", b.signIn("employee1"));
        b.time("first visit to /", () -> b.open(""));
        long id = b.file();
        b.signIn("reviewer1");
        b.open("review/case.xhtml?id=" + id);
        b.time("case page", () -> b.open("review/case.xhtml?id=" + id));
        b.click("startForm:startReview");
        b.d
            .findElement(By.cssSelector("input[name='decideForm:step'][value='REQUEST_INFO']"))
            .click();
        b.waitForAjax();
        b.d.findElement(By.id("decideForm:comment")).sendKeys("Which days?");
        b.time("send a question", () -> b.click("decideForm:proceed"));
        b.record("sign-in (union rep, to the dashboard)", b.signIn("union1"));
        b.time("union dashboard", () -> b.open("union/home.xhtml"));
      }
      System.out.println();
      System.out.printf(Locale.ROOT, "%-42s %8s %8s %4s%n", "step", "median", "worst", "n");
      b.times.forEach(
          (step, ms) -> {
            List<Long> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            System.out.printf(
                Locale.ROOT,
                "%-42s %6d ms %6d ms %4d%n",
                step,
                sorted.get((sorted.size() - 1) / 2),
                sorted.get(sorted.size() - 1),
                sorted.size());
          });
    } finally {
      driver.quit();
    }
  }

  private void time(String step, Runnable action) {
    long start = System.nanoTime();
    action.run();
    record(step, (System.nanoTime() - start) / 1_000_000);
  }

  private void open(String path) {
    d.get(base + path);
    loaded();
  }

  /** Signs in; the milliseconds from the click to the first page loaded (not the sign-in page). */
  private long signIn(String user) {
    d.manage().deleteAllCookies();
    d.get(base + "login.xhtml");
    d.findElement(By.id("loginForm:username")).sendKeys(user);
    d.findElement(By.id("loginForm:password")).sendKeys("demo");
    long start = System.nanoTime();
    click("loginForm:submit");
    if (d.getCurrentUrl().contains("login")) {
      throw new IllegalStateException("signing in as " + user + " failed");
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void record(String step, long ms) {
    times.computeIfAbsent(step, k -> new ArrayList<>()).add(ms);
  }

  /** The employee files a request through the form; its number. */
  private long file() {
    signIn("employee1");
    open("employee/new.xhtml");
    d.findElement(By.cssSelector("input[name='form:category'][value='HOUSEHOLD_MEMBER']")).click();
    waitForAjax();
    new org.openqa.selenium.support.ui.Select(d.findElement(By.id("form:relationship")))
        .selectByValue("PARENT");
    d.findElement(By.id("form:attestation")).click();
    String soon = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(14).toString();
    ((JavascriptExecutor) d)
        .executeScript("document.getElementById('form:startDate').value = arguments[0];", soon);
    d.findElement(By.id("form:justification")).sendKeys("Timing run.");
    click("form:submit");
    if (!d.getCurrentUrl().contains("id=")) {
      throw new IllegalStateException(
          "the request was not filed: " + d.findElement(By.tagName("main")).getText());
    }
    return Long.parseLong(d.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
  }

  /** Clicks and waits for the next page (the old one gone, the new one loaded). */
  private void click(String id) {
    ((JavascriptExecutor) d).executeScript("window.stepMarker = true;");
    d.findElement(By.id(id)).click();
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(
            x ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) x)
                        .executeScript(
                            "return window.stepMarker === undefined"
                                + " && document.readyState === 'complete';")));
  }

  private void loaded() {
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(
            x ->
                "complete"
                    .equals(((JavascriptExecutor) x).executeScript("return document.readyState")));
  }

  private void waitForAjax() {
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(
            x ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) x)
                        .executeScript(
                            "return !window.PrimeFaces || !PrimeFaces.ajax"
                                + " || PrimeFaces.ajax.Queue.isEmpty();")));
  }
}
