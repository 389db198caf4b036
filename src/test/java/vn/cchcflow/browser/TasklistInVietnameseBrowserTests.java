package vn.cchcflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchcflow.AppOnH2;

/**
 * An officer works in Tasklist in Vietnamese, in Debian's chromium: logs in, finds the assigned task
 * under "Việc của tôi", fills its Camunda Form and completes it; the unit head signs off in the form;
 * the officer finds the submission form. The supervisor sees the Cockpit dashboard's count change.
 * Every page visited is checked for English texts of Tasklist. Screenshots go to target/browser/.
 * Skipped with a message where chromium or chromedriver is not installed.
 */
@Tag("browser")
@AppOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistInVietnameseBrowserTests {

  static final Path SHOTS = Path.of("target/browser");

  @LocalServerPort
  int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.TaskService tasks;

  @org.springframework.beans.factory.annotation.Autowired
  vn.cchcflow.planimport.PlanImportService imports;

  WebDriver browser;
  WebDriverWait wait;
  List<String> englishTexts;

  @BeforeAll
  void checkBrowserAndTexts() throws IOException {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    englishTexts = untranslatedEnglish("tasklist");
    Files.createDirectories(SHOTS);
  }

  /** Every login gets a browser of its own, so no session or cached page leaks from one user to the next. */
  private void newBrowser() {
    closeBrowser();
    browser = Chromium.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @Test
  void an_officer_completes_a_task_in_vietnamese_and_the_unit_head_gets_the_sign_off() throws IOException {
    logIn("namanphukinhtecv1");
    WebElement mine = wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của tôi")));
    mine.click();
    WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[contains(., 'Thực hiện nhiệm vụ · NV 29')]")));
    shot("1-viec-cua-toi");
    assertNoEnglish("Việc của tôi");
    task.click();

    WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Ban hành quy chế quản lý, sử dụng tài sản công"));
    shot("2-bieu-mau-thuc-hien");
    assertNoEnglish("biểu mẫu Thực hiện nhiệm vụ");
    result.sendKeys("Đã dự thảo quy chế, gửi lãnh đạo phòng xem xét.");
    complete();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//a[contains(., 'Thực hiện nhiệm vụ · NV 29')]")));
    shot("3-da-hoan-thanh");

    // the unit has one head: the sign-off lands in the head's own list, ready to decide without claiming
    logIn("namanphukinhtetp");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của tôi"))).click();
    WebElement signOff = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[contains(., 'Lãnh đạo đơn vị ký duyệt · NV 29')]")));
    shot("4-lanh-dao-ky-duyet");
    assertNoEnglish("Việc của tôi của lãnh đạo");
    signOff.click();
    WebElement approve = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//label[contains(., 'Đồng ý, cho phép nộp sản phẩm')]")));
    assertThat(browser.findElements(By.cssSelector("[ng-click='claim()']"))).as("nothing to claim").isEmpty();
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", approve);
    approve.click();
    assertNoEnglish("biểu mẫu ký duyệt");
    complete();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(
        By.xpath("//a[contains(., 'Lãnh đạo đơn vị ký duyệt · NV 29')]")));
    logIn("namanphukinhtecv1");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Việc của tôi"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Nộp sản phẩm · NV 29')]"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Số, ký hiệu văn bản"));
    shot("5-nop-san-pham");
    assertNoEnglish("biểu mẫu Nộp sản phẩm");
  }

  @Test
  void the_supervisor_sees_the_completed_count_change_on_the_cockpit_dashboard() throws IOException {
    // seed 001 as the importer reads it: a quarterly report task and standing duties with progress reports
    try (var seed = getClass().getResourceAsStream("/plans/seed-001-namanphu.txt")) {
      imports.importPlan("ke-hoach-cchc-2026.txt", seed.readAllBytes(), "namanphu", "KH-CCHC-2026-NHAP");
    }
    logIn("cockpit", "namanphuvhxhtp");
    int before = Integer.parseInt(wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".cchc-plan .cchc-done"))).getText());
    shot("6-cockpit-tien-do-truoc");

    // the coordinating unit approves the deliverable Phòng Kinh tế submitted for task 28 (demo data)
    var review = tasks.createTaskQuery().processInstanceBusinessKey("KH-CCHC-2026-28")
        .taskDefinitionKey("Task_ReviewDeliverable").singleResult();
    tasks.complete(review.getId(), java.util.Map.of("reviewDecision", "approve"));

    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cchc-plan .cchc-done"),
        String.valueOf(before + 1)));
    shot("7-cockpit-tien-do-sau");
    assertThat(browser.findElement(By.cssSelector(".cchc-dashboard")).getText())
        .contains("Tiến độ thực hiện kế hoạch").contains("Theo lĩnh vực").contains("Theo đơn vị chủ trì")
        .contains("Nhiệm vụ chưa hoàn thành, quá hạn");
    // recurring and standing duties are followed period by period
    assertThat(browser.findElements(By.cssSelector(".cchc-plan .cchc-standing-line"))).isNotEmpty()
        .allSatisfy(line -> assertThat(line.getText()).matches("NV .+ hạn \\d{2}/\\d{2}/\\d{4}: \\d+/\\d+ đơn vị nộp đúng hạn.*"));
  }

  /** Clicks "Hoàn thành", first scrolled to the middle: the page footer may cover the window's bottom edge. */
  private void complete() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        button);
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  private void logIn(String user) {
    logIn("tasklist", user);
  }

  /** Starts a fresh session in the given webapp as the user (demo password). */
  private void logIn(String app, String user) {
    newBrowser();
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    LoginForm.send(browser, wait, user, "demo");
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    } catch (RuntimeException e) {
      try {
        shot("login-failed-" + user);
      } catch (IOException ignored) {
        // the screenshot is only a help for the reader of the failure
      }
      throw e;
    }
  }

  /** Single English words of Tasklist's screens, checked as whole words. */
  static final List<String> ENGLISH_WORDS = List.of("Claim", "Unclaim", "Complete", "Save", "Filter", "Filters",
      "Created", "Due", "Follow-up", "Assignee", "Description", "History", "Diagram", "Form", "Comment", "Priority",
      "Start", "Logout", "Sign", "Tasks", "Task");

  /** Fails naming each Tasklist English text (from en.json, not translated the same) found on the page. */
  private void assertNoEnglish(String page) {
    String text = browser.findElement(By.tagName("body")).getText();
    List<String> found = new ArrayList<>(englishTexts.stream().filter(text::contains).toList());
    ENGLISH_WORDS.stream().filter(word -> java.util.regex.Pattern.compile("(?<![\\p{L}])" + word + "(?![\\p{L}])")
        .matcher(text).find()).forEach(found::add);
    assertThat(found).as("English texts on %s", page).isEmpty();
  }

  private void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** Multi-word Tasklist texts whose Vietnamese translation differs from the English (so may not appear). */
  static List<String> untranslatedEnglish(String app) throws IOException {
    JsonNode en = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
    JsonNode vi = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/vi.json");
    // the date library's English relative times ("8 months ago") count too
    List<String> texts = new ArrayList<>(List.of(" ago", "a few seconds", " months", " days", " hours", " minutes",
        "in a day", "in a month"));
    en.path("labels").fields().forEachRemaining(entry -> {
      String english = entry.getValue().asText();
      String vietnamese = vi.path("labels").path(entry.getKey()).asText();
      if (english.matches("[A-Za-z][A-Za-z ,.'-]{5,}") && english.contains(" ") && !english.equals(vietnamese)) {
        texts.add(english);
      }
    });
    return texts;
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = TasklistInVietnameseBrowserTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new ObjectMapper().readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .replaceFirst("^\uFEFF", ""));
    }
  }
}
