package vn.cchcflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchcflow.AppOnH2;

/**
 * A day of each role on screen, in Debian's chromium with Vietnamese as the browser language:
 * the officer attaches a file to the task in Tasklist ("Tệp sản phẩm") and submits it to the unit head, who
 * downloads it in the sign-off; the coordinating unit starts an ad-hoc report on Cockpit's "Báo cáo" page;
 * the chair reads the draft, approves it in Tasklist and downloads the issued DOCX from the report calendar;
 * the city's Sở Nội vụ logs in to Cockpit, sees the communes ranked and downloads the commune's report.
 * Every page is checked for English texts and engine codes. Screenshots go to docs/screenshots/ (the role
 * guides in docs/huong-dan/ show them). The tests run in order: the city downloads the report the chair
 * approved. Skipped with a message where chromium or chromedriver is not installed.
 */
@Tag("browser")
@AppOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RolesDayBrowserTests {

  static final Path SHOTS = Path.of("docs/screenshots");
  static final List<String> ENGINE_TEXTS = List.of("ENGINE-", "Exception", "Cannot ", "Field ");

  @LocalServerPort
  int port;

  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @Autowired
  IdentityService identity;

  WebDriver browser;
  WebDriverWait wait;

  /** A failed step leaves the page it stood on in target/browser/, picture and text, for the reader. */
  @org.junit.jupiter.api.extension.RegisterExtension
  final org.junit.jupiter.api.extension.TestWatcher pageOnFailure = new org.junit.jupiter.api.extension.TestWatcher() {
    @Override
    public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
      String name = "loi-" + context.getRequiredTestMethod().getName();
      failureShot(name);
      try {
        Files.writeString(Path.of("target/browser").resolve(name + ".txt"),
            browser.findElement(By.tagName("body")).getText());
      } catch (IOException | RuntimeException ignored) {
        // only a help for the reader of the failure
      }
    }
  };
  List<String> tasklistEnglish;
  final java.util.Set<String> loginPages = new java.util.HashSet<>();
  final List<String> pageTitles = new ArrayList<>();
  List<String> cockpitEnglish;

  @BeforeAll
  void checkBrowserAndTexts() throws IOException {
    Assumptions.assumeTrue(Chromium.installed(), Chromium.MISSING);
    tasklistEnglish = TasklistInVietnameseBrowserTests.untranslatedEnglish("tasklist");
    cockpitEnglish = TasklistInVietnameseBrowserTests.untranslatedEnglish("cockpit");
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @Test
  @Order(1)
  void the_officer_attaches_a_file_and_submits_and_the_unit_head_downloads_it_in_the_sign_off() throws IOException {
    Task execute = step("KH-CCHC-2026-29", "Task_ExecuteTask");
    logIn("tasklist", "namanphukinhtecv1");
    // the list: exact due date, overdue marked, no engine priority, no free-standing task to create
    click(By.partialLinkText("Việc của tôi"));
    WebElement due = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cells-wrapper .due-date")));
    wait.until(ExpectedConditions.textToBePresentInElement(due, "31/03/2026"));
    assertThat(due.getAttribute("class")).contains("overdue");
    assertThat(due.getCssValue("font-weight")).isIn("bold", "700");
    assertThat(browser.findElements(By.cssSelector(".cells-wrapper .priority")))
        .allSatisfy(priority -> assertThat(priority.isDisplayed()).isFalse());
    assertThat(browser.findElement(By.tagName("header")).getText()).doesNotContain("Tạo công việc");
    shot("can-bo-0-viec-cua-toi");
    assertClean("Việc của tôi", tasklistEnglish);
    openTask(execute.getId());
    filesTab();
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cchc-file-input")));
    assertThat(text(".cchc-step-files")).contains("Mỗi tệp tối đa 20 MB").contains("pdf, doc, docx");

    // a type the office does not keep is refused in Vietnamese, naming the file
    input.sendKeys(file("chuong-trinh.exe", 100).toString());
    click(By.cssSelector(".cchc-attach-button"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cchc-file-error"),
        "Tệp \"chuong-trinh.exe\" không thuộc loại được phép"));

    Path deliverable = file("du-thao-quy-che-tai-san-cong.pdf", 4096);
    browser.findElement(By.id("cchc-file-input")).sendKeys(deliverable.toString());
    click(By.cssSelector(".cchc-attach-button"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cchc-files"),
        "du-thao-quy-che-tai-san-cong.pdf"));
    assertThat(text(".cchc-files")).contains("Bùi Thị Ngọc");
    shot("can-bo-1-dinh-kem-tep");
    assertClean("tab Tệp sản phẩm của cán bộ", tasklistEnglish);

    // the officer submits the result to the unit head
    click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Biểu mẫu']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea")))
        .sendKeys("Đã dự thảo quy chế (tệp đính kèm), trình lãnh đạo phòng.");
    click(By.cssSelector("button[ng-click='complete()']"));
    wait.until(driver -> tasks.createTaskQuery().taskId(execute.getId()).count() == 0);
    assertClean("sau khi hoàn thành", tasklistEnglish);

    Task signOff = step("KH-CCHC-2026-29", "Task_SignOff");
    logIn("tasklist", "namanphukinhtetp");
    openTask(signOff.getId());
    filesTab();
    WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//table[contains(@class,'cchc-files')]//a[contains(., 'du-thao-quy-che-tai-san-cong.pdf')]")));
    assertThat(text(".cchc-files")).contains("Bùi Thị Ngọc");
    shot("lanh-dao-phong-1-tep-trong-ky-duyet");
    assertClean("tab Tệp sản phẩm của lãnh đạo phòng", tasklistEnglish);
    Map<String, Object> download = download(link.getAttribute("href"));
    assertThat(download).containsEntry("status", 200L).containsEntry("size", 4096L);
    assertThat((String) download.get("disposition")).contains("du-thao-quy-che-tai-san-cong.pdf");

    // the head signs off and the officer submits (their screens are walked above and in
    // TasklistInVietnameseBrowserTests); the coordinating unit opens the file, returns it with a comment
    tasks.complete(signOff.getId(), Map.of("signOffDecision", "approve"));
    submit("Quy chế quản lý, sử dụng tài sản công (dự thảo)");
    reviewInTasklist("Trả lại, yêu cầu làm lại", "Bổ sung danh mục tài sản cố định của từng phòng.");
    Task rework = step("KH-CCHC-2026-29", "Task_ExecuteTask");
    assertThat(rework.getAssignee()).as("the rework goes back to the officer").isEqualTo("namanphukinhtecv1");

    // reworked, signed off and submitted again: the coordinating unit approves
    tasks.complete(rework.getId(), Map.of("progressNote", "Đã bổ sung danh mục tài sản cố định."));
    tasks.complete(step("KH-CCHC-2026-29", "Task_SignOff").getId(), Map.of("signOffDecision", "approve"));
    submit("Quy chế quản lý, sử dụng tài sản công (đã bổ sung)");
    reviewInTasklist("Đạt yêu cầu, hoàn thành nhiệm vụ", "Đạt.");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("KH-CCHC-2026-29").count())
        .as("task 29 is done: no step left open").isZero();
  }

  private void submit(String summary) {
    tasks.complete(step("KH-CCHC-2026-29", "Task_SubmitDeliverable").getId(), Map.of("documentNumber", "15/QĐ-UBND",
        "documentDate", "25/03/2026", "deliverableSummary", summary));
  }

  /** The coordinating unit's officer opens the review, reads the officer's file, decides and completes. */
  private void reviewInTasklist(String decision, String comment) throws IOException {
    Task review = step("KH-CCHC-2026-29", "Task_ReviewDeliverable");
    logIn("tasklist", "namanphuvhxhcv1");
    openTask(review.getId());
    if (review.getAssignee() == null) { // the unit's task: the officer takes it
      click(By.cssSelector("[ng-click='claim()']"));
    }
    filesTab();
    WebElement file = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//table[contains(@class,'cchc-files')]//a[contains(., 'du-thao-quy-che-tai-san-cong.pdf')]")));
    assertThat(download(file.getAttribute("href"))).containsEntry("status", 200L);
    assertClean("tab Tệp sản phẩm của cơ quan thường trực", tasklistEnglish);
    click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Biểu mẫu']"));
    click(By.xpath("//label[contains(., '" + decision + "')]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea"))).sendKeys(comment);
    assertClean("biểu mẫu Thẩm định sản phẩm", tasklistEnglish);
    click(By.cssSelector("button[ng-click='complete()']"));
    wait.until(driver -> tasks.createTaskQuery().taskId(review.getId()).count() == 0);
  }

  @Test
  @Order(2)
  void the_coordinating_unit_starts_an_ad_hoc_report_and_the_chair_approves_it_and_downloads_the_docx()
      throws IOException {
    // the coordinating unit's own filter: the deliverables waiting for its review (NV 28 in the demo)
    logIn("tasklist", "namanphuvhxhcv1");
    click(By.partialLinkText("Chờ thẩm định"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//a[contains(., 'Thẩm định sản phẩm · NV 28')]")));
    shot("co-quan-thuong-truc-0-cho-tham-dinh");
    assertClean("bộ lọc Chờ thẩm định", tasklistEnglish);

    logIn("cockpit", "namanphuvhxhtp");
    click(By.linkText("Báo cáo"));
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cchc-adhoc")));
    wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".cchc-calendar-box"), "Đang tải")));
    shot("co-quan-thuong-truc-1-lich-bao-cao");
    assertClean("trang Báo cáo", cockpitEnglish);
    new Select(form.findElement(By.cssSelector(".cchc-period-kind"))).selectByVisibleText("Tháng");
    new Select(form.findElement(By.cssSelector(".cchc-period-part"))).selectByVisibleText("Tháng 11");
    form.findElement(By.cssSelector(".cchc-adhoc-due")).sendKeys("31/02/2026");
    click(By.cssSelector(".cchc-adhoc button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cchc-adhoc-error"),
        "Hạn gửi \"31/02/2026\" không hợp lệ"));
    form.findElement(By.cssSelector(".cchc-adhoc-due")).clear();
    click(By.cssSelector(".cchc-adhoc button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cchc-adhoc-done"),
        "Đã tạo việc báo cáo kỳ"));
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".cchc-calendar-row[data-period='2026-11'][data-state='OPENED']")));
    shot("co-quan-thuong-truc-2-bao-cao-dot-xuat");
    assertClean("trang Báo cáo sau khi lập báo cáo đột xuất", cockpitEnglish);

    // the units file and the coordinating unit consolidates (their forms are tested elsewhere)
    String report = runtime.createProcessInstanceQuery().processDefinitionKey("PeriodReportProcess")
        .processInstanceBusinessKeyLike("%2026-11%").singleResult().getId();
    tasks.createTaskQuery().processInstanceId(report).taskDefinitionKey("Task_FileUnitReport").list()
        .forEach(t -> tasks.complete(t.getId(), Variables.createVariables()));
    Task consolidate = tasks.createTaskQuery().processInstanceId(report).taskDefinitionKey("Task_ConsolidateReport")
        .singleResult();
    tasks.complete(consolidate.getId(), Variables.putValue("assessment", "Cơ bản hoàn thành kế hoạch tháng 11."));

    assertThat(tasks.createTaskQuery().processInstanceId(report).taskDefinitionKey("Task_ApproveReport").count())
        .isOne();
    logIn("tasklist", "namanphuct");
    click(By.partialLinkText("Việc chờ lãnh đạo"));
    click(By.xpath("//a[contains(., 'phê duyệt báo cáo')]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.nav-tabs")));
    WebElement draft = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.partialLinkText("Đọc dự thảo báo cáo sẽ ký")));
    assertThat(download(draft.getAttribute("href"))).containsEntry("status", 200L);
    click(By.cssSelector("[ng-click='claim()']"));
    click(By.xpath("//label[contains(., 'Phê duyệt, ký ban hành báo cáo')]"));
    shot("chu-tich-1-phe-duyet-bao-cao");
    assertClean("biểu mẫu phê duyệt báo cáo", tasklistEnglish);
    click(By.cssSelector("button[ng-click='complete()']"));
    wait.until(driver -> runtime.createProcessInstanceQuery().processInstanceId(report).count() == 0);

    logIn("cockpit", "namanphuct");
    click(By.linkText("Báo cáo"));
    WebElement docx = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".cchc-calendar-row[data-period='2026-11'][data-state='ISSUED'] a.cchc-docx")));
    assertThat(browser.findElements(By.cssSelector(".cchc-adhoc"))).as("only the coordinating unit starts reports")
        .isEmpty();
    assertThat(text(".cchc-adhoc-note")).isEqualTo("Báo cáo đột xuất do cơ quan thường trực lập.");
    shot("chu-tich-2-lich-bao-cao-da-ban-hanh");
    assertClean("lịch báo cáo của chủ tịch", cockpitEnglish);
    Map<String, Object> file = download(docx.getAttribute("href"));
    assertThat(file).containsEntry("status", 200L);
    assertThat((String) file.get("type")).contains("wordprocessingml");
    assertThat((Long) file.get("size")).isGreaterThan(1000L);
  }

  @Test
  @Order(3)
  @SuppressWarnings("unchecked")
  void the_city_sees_the_communes_ranked_and_downloads_one_communes_report() throws IOException {
    logIn("cockpit", "sonoivuhp");
    WebElement ranking = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".cchc-city-ranking")));
    assertThat(ranking.getText()).contains("Xã Nam An Phụ").contains("Xã Quyết Thắng");
    assertThat(browser.findElements(By.cssSelector(".cchc-dashboard"))).as("no commune's plan dashboard").isEmpty();
    shot("so-noi-vu-1-xep-hang");
    assertClean("bảng xếp hạng của Sở Nội vụ", cockpitEnglish);
    assertThat(download(browser.findElement(By.cssSelector(".cchc-rollup")).getAttribute("href")))
        .containsEntry("status", 200L);

    WebElement form = browser.findElement(By.cssSelector(".cchc-city-period"));
    new Select(form.findElement(By.cssSelector(".cchc-period-kind"))).selectByVisibleText("Quý");
    new Select(form.findElement(By.cssSelector(".cchc-period-part"))).selectByVisibleText("Quý IV");
    click(By.cssSelector(".cchc-city-period button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cchc-city-table"), "quý IV"));
    click(By.xpath("//a[contains(@class,'cchc-commune-link') and @data-commune='namanphu']"));
    WebElement docx = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".cchc-commune[data-commune='namanphu'] .cchc-issued a.cchc-docx")));
    assertThat(text(".cchc-commune")).contains("Theo lĩnh vực").contains("Theo đơn vị chủ trì")
        .contains("Nhiệm vụ chưa hoàn thành, quá hạn").contains("Báo cáo đã ban hành");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        browser.findElement(By.cssSelector(".cchc-commune")));
    shot("so-noi-vu-2-chi-tiet-xa");
    assertClean("chi tiết xã của Sở Nội vụ", cockpitEnglish);
    Map<String, Object> file = download(docx.getAttribute("href"));
    assertThat(file).containsEntry("status", 200L);
    assertThat((String) file.get("type")).contains("wordprocessingml");
    assertThat(download(browser.findElement(By.cssSelector(".cchc-commune .cchc-xlsx")).getAttribute("href")))
        .containsEntry("status", 200L);
    // read-only: starting a report of the commune, with the session's CSRF token, is refused
    Map<String, Object> start = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '';"
            + "fetch('/api/reports', {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': "
            + "'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token)}, body: JSON.stringify({commune: "
            + "'namanphu', period: '2026-Q4'})}).then(r => r.json().then(b => done({status: r.status, message: b.message})));");
    assertThat(start).containsEntry("status", 403L);
    assertThat((String) start.get("message")).isEqualTo("Chỉ cơ quan thường trực của Xã Nam An Phụ được lập báo cáo.");
    assertThat(pageTitles).noneMatch(title -> title.contains("Welcome"));
  }

  // --- helpers ---

  private Task step(String businessKey, String step) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(step).singleResult();
  }

  /** Every login gets a browser of its own, so no session leaks from one user to the next. */
  private void logIn(String app, String user) throws IOException {
    closeBrowser();
    browser = Chromium.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(base() + "/camunda/app/" + app + "/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    if (loginPages.add(app)) {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
      shot("dang-nhap-" + app);
      assertClean("trang đăng nhập " + app, "tasklist".equals(app) ? tasklistEnglish : cockpitEnglish);
      pageTitles.add(browser.getTitle());
    }
    LoginForm.send(browser, wait, user, "demo");
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    } catch (RuntimeException e) {
      failureShot("dang-nhap-loi-" + user);
      throw e;
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private void openTask(String taskId) {
    browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.nav-tabs")));
  }

  private void filesTab() {
    click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Tệp sản phẩm']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cchc-step-files")));
  }

  /** Clicks in the middle of the window: the page footer may cover its bottom edge. */
  private void click(By what) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(what));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static Path file(String name, int size) throws IOException {
    Path dir = Files.createDirectories(Path.of("target/browser-files"));
    Path file = dir.resolve(name);
    byte[] content = new byte[size];
    java.util.Arrays.fill(content, (byte) 'a');
    Files.write(file, content);
    return file.toAbsolutePath();
  }

  /** Fetches a download link in the page, with the user's session: status, type, file name, size. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> download(String url) {
    return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done({"
            + "status: r.status, type: r.headers.get('Content-Type') || '',"
            + "disposition: r.headers.get('Content-Disposition') || '', size: b.byteLength})))"
            + ".catch(e => done({status: -1, type: String(e), disposition: '', size: 0}));", url);
  }

  /** Fails naming each English text of the webapp, English word, or engine code found on the page. */
  private void assertClean(String page, List<String> englishTexts) {
    String text = browser.findElement(By.tagName("body")).getText();
    List<String> found = new ArrayList<>(englishTexts.stream().filter(text::contains).toList());
    ENGINE_TEXTS.stream().filter(text::contains).forEach(found::add);
    TasklistInVietnameseBrowserTests.ENGLISH_WORDS.stream()
        .filter(word -> Pattern.compile("(?<![\\p{L}])" + word + "(?![\\p{L}])").matcher(text).find())
        .forEach(found::add);
    if (!found.isEmpty()) {
      failureShot("loi-" + page.replaceAll("\\W+", "-"));
    }
    assertThat(found).as("English texts or engine codes on %s", page).isEmpty();
  }

  private void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private void failureShot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target/browser"));
      Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException ignored) {
      // only a help for the reader of the failure
    }
  }
}
