package vn.cchcflow.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fills the webapps' login form and sends it. The form may take the focus back to the user name while it
 * renders, so each field is clicked before typing and both values are checked before sending.
 */
final class LoginForm {

  private static final By USER = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

  private LoginForm() {
  }

  static void send(WebDriver browser, WebDriverWait wait, String user, String password) {
    for (int attempt = 1; ; attempt++) {
      type(wait.until(ExpectedConditions.elementToBeClickable(USER)), user);
      type(wait.until(ExpectedConditions.elementToBeClickable(PASSWORD)), password);
      if (user.equals(browser.findElement(USER).getAttribute("value"))
          && password.equals(browser.findElement(PASSWORD).getAttribute("value"))) {
        break;
      }
      if (attempt == 3) {
        throw new IllegalStateException("The login form did not keep what was typed for " + user);
      }
    }
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  private static void type(WebElement field, String text) {
    field.click();
    field.clear();
    field.sendKeys(text);
  }
}
