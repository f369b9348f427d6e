package org.filspresso.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.filspresso.testing.Accessibility;
import org.filspresso.testing.Browser;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Kafelot in real headless Chromium: a chat turn streams in piece by piece, then its sources
 * appear; the floating widget of every page recommends coffees that go into the cart in one click;
 * a signed-in customer finds their conversation again, molecules drawn, in a new browser.
 */
@ExtendWith(ArquillianExtension.class)
class KafelotChatBrowserIT {

    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            Browser.screenshot(browser, test.getTestMethod().orElseThrow().getName());
            browser.quit();
        }
    }

    @Test
    void aQuestionIsAnsweredAsItStreamsAndTheSourcesAreLinked() {
        browser.get(Browser.url("kafelot"));
        new Select(browser.findElement(By.id("model"))).selectByValue("tanka");
        browser.findElement(By.id("question")).sendKeys("What water temperature should I brew a dark roast at?");
        browser.findElement(By.id("send")).click();

        WebElement answer = new WebDriverWait(browser, Duration.ofSeconds(120)).until(driver -> driver
                .findElements(By.cssSelector("li.turn.assistant[data-state='done'], li.turn.assistant[data-state='error']")).stream()
                .findFirst().orElse(null));
        assertThat(answer.getAttribute("data-state")).as(answer.getText()).isEqualTo("done");
        assertThat(answer.getAttribute("data-model")).isEqualTo("tanka");
        assertThat(Integer.parseInt(answer.getAttribute("data-pieces"))).as("pieces of text streamed before the end").isGreaterThan(1);
        assertThat(answer.findElement(By.className("words")).getText()).isNotBlank();
        List<WebElement> sources = answer.findElements(By.cssSelector(".sources a"));
        assertThat(sources).isNotEmpty().allSatisfy(link -> assertThat(link.getAttribute("href")).startsWith(Browser.url("")));

        browser.navigate().refresh();
        List<WebElement> kept = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector("li.turn")).size() >= 2 ? driver.findElements(By.cssSelector("li.turn")) : null);
        assertThat(kept).as("the conversation is kept for the browser session").hasSizeGreaterThanOrEqualTo(2);
        assertThat(Accessibility.violations(browser, List.of("kafelot"))).isEmpty();
    }

    @Test
    void theWidgetOfACatalogPageRecommendsCoffeesThatGoIntoTheCartInOneClick() {
        browser.get(Browser.url("coffees"));
        browser.findElement(By.cssSelector(".kafelot-launcher")).click();
        WebElement panel = browser.findElement(By.id("kafelotPanel"));
        panel.findElement(By.tagName("textarea")).sendKeys("What coffee should I try? Something fruity.");
        panel.findElement(By.cssSelector("button.send")).click();

        WebElement answer = finished(panel);
        List<WebElement> picks = answer.findElements(By.cssSelector(".pick"));
        assertThat(picks).isNotEmpty();
        String coffee = picks.get(0).findElement(By.className("pick-name")).getText().split(" · ")[0];
        WebElement add = picks.get(0).findElement(By.className("add-to-cart"));
        add.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> add.getText().equals("Added to your cart"));
        assertThat(browser.findElement(By.className("cart-count")).getText()).isEqualTo("1");

        browser.get(Browser.url("machines"));
        WebElement keptOpen = browser.findElement(By.id("kafelotPanel"));
        assertThat(keptOpen.isDisplayed()).as("the widget stays open from page to page").isTrue();
        assertThat(keptOpen.findElements(By.cssSelector("li.turn"))).as("with the conversation").hasSizeGreaterThanOrEqualTo(2);
        assertThat(Accessibility.violations(browser, List.of("machines"))).isEmpty();
        browser.get(Browser.url("cart"));
        assertThat(browser.findElement(By.id("main")).getText()).contains(coffee);
    }

    @Test
    void aSignedInCustomerFindsTheirConversationAgainInANewBrowser() {
        String email = "kafelot." + UUID.randomUUID() + "@example.com";
        browser.get(Browser.url("register"));
        browser.findElement(By.id("register:fullName")).sendKeys("Ana Kafelot");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys("a long coffee passphrase");
        browser.findElement(By.id("register:createAccount")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.getCurrentUrl().contains("register"));

        browser.get(Browser.url("kafelot"));
        new Select(browser.findElement(By.id("model"))).selectByValue("tanka");
        String question = "What happens to chlorogenic acids when coffee is roasted?";
        browser.findElement(By.id("question")).sendKeys(question);
        browser.findElement(By.id("send")).click();
        WebElement answer = finished(browser.findElement(By.id("kafelot")));
        WebElement drawing = answer.findElement(By.cssSelector(".molecule img"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> ((Number) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", drawing)).intValue() > 0);
        assertThat(answer.findElement(By.cssSelector(".molecule figcaption")).getText()).contains("C16H18O9");
        String answered = answer.findElement(By.className("words")).getText();

        browser.quit();
        browser = Browser.open();
        browser.get(Browser.url("login"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys("a long coffee passphrase");
        browser.findElement(By.id("login:signIn")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.getCurrentUrl().contains("login"));
        browser.get(Browser.url("kafelot"));
        WebElement open = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector(".history .open-conversation")).stream().findFirst().orElse(null));
        assertThat(open.getText()).isEqualTo(question);
        open.click();
        List<WebElement> turns = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector("#conversation li.turn")).size() == 2
                        ? driver.findElements(By.cssSelector("#conversation li.turn")) : null);
        assertThat(turns.get(0).getText()).isEqualTo(question);
        assertThat(turns.get(1).findElement(By.className("words")).getText()).isEqualTo(answered);
        assertThat(turns.get(1).findElements(By.cssSelector(".sources a"))).isNotEmpty();
        assertThat(Accessibility.violations(browser, List.of("kafelot"))).isEmpty();
    }

    private WebElement finished(WebElement conversation) {
        WebElement answer = new WebDriverWait(browser, Duration.ofSeconds(120)).until(driver -> conversation
                .findElements(By.cssSelector("li.turn.assistant[data-state='done'], li.turn.assistant[data-state='error']")).stream()
                .findFirst().orElse(null));
        assertThat(answer.getAttribute("data-state")).as(answer.getText()).isEqualTo("done");
        return answer;
    }
}
