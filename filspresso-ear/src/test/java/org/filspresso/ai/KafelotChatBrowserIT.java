package org.filspresso.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A chat turn with Kafelot in real headless Chromium: the answer streams in piece by piece, then its sources appear. */
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
}
