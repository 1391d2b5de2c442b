package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium: Debian's chromium and chromedriver when installed (no
 * download), otherwise whatever Selenium Manager finds. Screenshots go to target/screenshots.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private final WebDriver driver;
  private final String base;

  Browser(URL deployment) {
    this.base = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
    ChromeOptions options = new ChromeOptions();
    File binary = new File("/usr/bin/chromium");
    if (binary.canExecute()) {
      options.setBinary(binary);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    File chromedriver = new File("/usr/bin/chromedriver");
    if (chromedriver.canExecute()) {
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(chromedriver)
              .usingAnyFreePort()
              .build();
      driver = new ChromeDriver(service, options);
    } else {
      driver = new ChromeDriver(options);
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * A wait that looks again every 50 ms (Selenium's default, 500 ms, added half a second to every
   * page change the tests wait for).
   */
  WebDriverWait waiting(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.pollingEvery(Duration.ofMillis(50));
    return wait;
  }

  void open(String path) {
    driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
    waitForPage();
  }

  /**
   * As a new browser would be for the next test: no cookies (so signed out, default language), any
   * alert dismissed, the default window size, a blank page.
   */
  void reset() {
    try {
      driver.switchTo().alert().dismiss();
    } catch (org.openqa.selenium.NoAlertPresentException none) {
      // as expected
    }
    ((org.openqa.selenium.chrome.ChromeDriver) driver)
        .executeCdpCommand("Network.clearBrowserCookies", Map.of());
    ((org.openqa.selenium.chrome.ChromeDriver) driver)
        .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    driver.get("about:blank");
  }

  /** Signs in on the login page as a demo user (after signing out whoever was signed in). */
  void login(String user) {
    driver.manage().deleteAllCookies();
    open("login.xhtml");
    type(By.id("loginForm:username"), user);
    type(By.id("loginForm:password"), "demo");
    clickAndWait(By.id("loginForm:submit"));
    if (url().contains("/login.xhtml")) {
      // a test that goes on signed out fails later, far from the cause: say it here
      throw new AssertionError(
          "signing in as " + user + " failed: " + driver.findElement(By.tagName("main")).getText());
    }
  }

  /**
   * Opens the new-request form and fills it in for a household member at high risk (a parent), for
   * five months from a year from now ({@link #SOON}), with this justification; does not send it.
   */
  /**
   * A start date a form takes without asking whether it is meant: ahead of today, also of the test
   * clock that some tests move days forward (a year from now, in Chicago).
   */
  static final String SOON =
      java.time.LocalDate.now(java.time.ZoneId.of("America/Chicago")).plusYears(1).toString();

  /** An end date after {@link #SOON}. */
  static final String LATER =
      java.time.LocalDate.now(java.time.ZoneId.of("America/Chicago"))
          .plusYears(1)
          .plusDays(150)
          .toString();

  void fillHouseholdRequest(String justification) {
    open("employee/new.xhtml");
    find(By.cssSelector("input[name='form:category'][value='HOUSEHOLD_MEMBER']")).click();
    waitForAjax();
    select(By.id("form:relationship"), "PARENT");
    find(By.id("form:attestation")).click();
    date(By.id("form:startDate"), SOON);
    date(By.id("form:endDate"), LATER);
    type(By.id("form:justification"), justification);
  }

  WebElement find(By by) {
    return waiting(20).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  boolean present(By by) {
    return !driver.findElements(by).isEmpty();
  }

  String text(By by) {
    return find(by).getText();
  }

  void type(By by, String text) {
    retry(
        () -> {
          WebElement e = find(by);
          e.clear();
          e.sendKeys(text);
        });
  }

  /** Repeats an interaction that raced a page still settling (a node replaced under it). */
  private static void retry(Runnable interaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        interaction.run();
        return;
      } catch (org.openqa.selenium.WebDriverException e) {
        boolean replaced =
            e instanceof org.openqa.selenium.StaleElementReferenceException
                || (e.getMessage() != null
                    && e.getMessage().contains("does not belong to the document"));
        if (attempt >= 3 || !replaced) {
          throw e;
        }
      }
    }
  }

  void select(By by, String value) {
    new Select(find(by)).selectByValue(value);
  }

  /** Sets a date input's value (typing into one depends on the browser's locale). */
  void date(By by, String isoDate) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", find(by), isoDate);
  }

  /** Clicks something that loads a new page and waits for it. */
  void clickAndWait(By by) {
    WebElement html = driver.findElement(By.tagName("html"));
    retry(() -> find(by).click());
    waiting(30).until(d -> isGone(html));
    waitForPage();
  }

  /** Clicks a button that asks for confirmation, accepts it, and waits for the next page. */
  void clickConfirmAndWait(WebElement button) {
    WebElement html = driver.findElement(By.tagName("html"));
    button.click();
    waiting(10).until(ExpectedConditions.alertIsPresent()).accept();
    waiting(30).until(d -> isGone(html));
    waitForPage();
  }

  /** Whether the element left the page (Chromium may report this as a detached node). */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  void waitForPage() {
    waiting(30)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Waits until an AJAX update has replaced the element with this id. */
  void waitForAjax() {
    waiting(20)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return (!window.faces || !faces.ajax) ? true :"
                                + " (window.PrimeFaces ? PrimeFaces.ajax.Queue.isEmpty() : true);")));
  }

  /** Runs a script in the page and returns what it returns. */
  Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String source() {
    return driver.getPageSource();
  }

  /**
   * Fetches a URL from inside the page (with the session's cookies): status, content type, body.
   */
  String fetch(String path) {
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.text().then(t =>"
                    + " done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t)))"
                    + ".catch(e => done('error ' + e));",
                base + (path.startsWith("/") ? path.substring(1) : path));
    return String.valueOf(result);
  }

  /** A header of the answer to a GET of {@code path} with this browser's session. */
  String header(String path, String name) {
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => done(String(r.headers.get(arguments[1]))))"
                    + ".catch(e => done('error ' + e));",
                base + (path.startsWith("/") ? path.substring(1) : path),
                name);
    return String.valueOf(result);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts WCAG 2.2 A/AA with axe-core (its 2.0, 2.1 and 2.2 A and AA rules, target size
   * included), and that landmarks are told apart by their names (issue 25 #18): no violation of any
   * impact on this page.
   */
  void assertAccessible(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
            .withRules(List.of("landmark-unique"))
            .analyze(driver);
    assertTrue(
        java.util.stream.Stream.of(
                results.getPasses(), results.getViolations(), results.getInapplicable())
            .flatMap(List::stream)
            .anyMatch(r -> r.getId().equals("landmark-unique")),
        "axe ran landmark-unique beside the WCAG rules");
    List<Rule> violations = results.getViolations();
    assertTrue(
        violations.isEmpty(),
        page
            + ": "
            + violations.stream()
                .map(
                    v ->
                        v.getId()
                            + " ("
                            + v.getImpact()
                            + "): "
                            + v.getHelp()
                            + " at "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
