package vn.cchcflow.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's chromium, headless and asking for Vietnamese, as every browser test opens it. */
final class Chromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String MISSING =
      "Browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)";

  private Chromium() {
  }

  static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /** A new browser of its own, so no session or cached page leaks from one user to the next. */
  static ChromeDriver open() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--lang=vi", "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi"));
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build(), options);
  }
}
