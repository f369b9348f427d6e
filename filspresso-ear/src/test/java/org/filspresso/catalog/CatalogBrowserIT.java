package org.filspresso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.filspresso.testing.Accessibility;
import org.filspresso.testing.Browser;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A shopper in real headless Chromium filters the coffee catalog. */
@ExtendWith(ArquillianExtension.class)
class CatalogBrowserIT {

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
    void filteringByIntensityShowsOnlyMatchingCoffees() {
        browser.get(Deployments.baseUri().resolve("coffees").toString());
        assertThat(intensities()).hasSize(100);

        WebElement from = browser.findElement(By.id("filters:intensityMin"));
        from.clear();
        from.sendKeys("11");
        browser.findElement(By.id("filters:apply")).click();

        int expected = Http.json(Http.getJson("api/catalog/coffees?intensityMin=11")).asJsonObject().getInt("total");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".product-card"), expected));
        assertThat(intensities()).hasSize(expected).allSatisfy(intensity -> assertThat(intensity).isGreaterThanOrEqualTo(11));
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText()).isEqualTo(expected + " coffees");
        assertThat(browser.getCurrentUrl()).as("the filtered list can be bookmarked").endsWith("/coffees?intensityMin=11");
    }

    @Test
    void aBookmarkedFilterAddressOpensTheFilteredListAndBadInputIsExplained() {
        browser.get(Deployments.baseUri().resolve("coffees?system=vertuo&intensityMax=5").toString());
        List<WebElement> cards = browser.findElements(By.cssSelector(".product-card"));
        assertThat(cards).isNotEmpty().allSatisfy(card -> {
            assertThat(card.getAttribute("data-system")).isEqualTo("vertuo");
            assertThat(Integer.parseInt(card.getAttribute("data-intensity"))).isLessThanOrEqualTo(5);
        });

        WebElement from = browser.findElement(By.id("filters:intensityMin"));
        from.clear();
        from.sendKeys("9");
        browser.findElement(By.id("filters:apply")).click();

        WebElement problem = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#filters\\:problems p")));
        assertThat(problem.getText()).isEqualTo("Lowest intensity must not be above the highest intensity (5)");
        assertThat(browser.findElement(By.id("filters:intensityMin")).getAttribute("value")).as("input kept").isEqualTo("9");
    }

    @Test
    void theFiltersWorkFromTheKeyboardAlone() {
        browser.get(Deployments.baseUri().resolve("coffees").toString());

        // Skip link first, as a keyboard user meets it; then type a value and press Enter.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        browser.findElement(By.id("filters:intensityMax")).sendKeys("3", Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> intensities().size() < 100);
        assertThat(intensities()).isNotEmpty().allSatisfy(intensity -> assertThat(intensity).isLessThanOrEqualTo(3));
    }

    @Test
    void onAPhoneTheProductsComeFirstUnlessAFilterNeedsFixing() {
        browser.manage().window().setSize(new Dimension(414, 900));

        browser.get(Deployments.baseUri().resolve("coffees").toString());
        assertThat(browser.findElement(By.id("filter-panel")).getAttribute("open")).as("filters folded").isNull();
        assertThat(browser.findElement(By.id("filters:intensityMin")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".product-card")).get(0).isDisplayed()).isTrue();

        browser.get(Deployments.baseUri().resolve("coffees?intensityMin=abc").toString());
        assertThat(browser.findElement(By.id("filter-panel")).getAttribute("open")).as("filters open").isNotNull();
        assertThat(browser.findElement(By.cssSelector("#filters\\:problems p")).getText())
                .isEqualTo("Lowest intensity must be a whole number between 1 and 13");
    }

    @Test
    void catalogAndProductPagesPassAnAutomatedAccessibilityCheck() {
        assertThat(Accessibility.violations(browser, List.of("", "coffees", "coffees?intensityMin=9&intensityMax=3",
                "coffee/original/kazaar", "machines", "machine/espressor-citiz-d113-noir", "no-such-page")))
                .as("WCAG 2.1 AA violations found by axe-core").isEmpty();
    }

    private List<Integer> intensities() {
        return browser.findElements(By.cssSelector(".product-card")).stream()
                .map(card -> card.getAttribute("data-intensity"))
                .map(value -> value == null || value.isEmpty() ? 0 : Integer.parseInt(value))
                .toList();
    }
}
