package org.filspresso.iot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.json.Json;
import org.filspresso.iot.simulator.DeviceSimulator;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An owner pairs a machine, asks it for a coffee from the page, and watches the status change
 * live as the simulated device ({@link DeviceSimulator}, speaking the contract like the firmware) picks it up and brews.
 */
@ExtendWith(ArquillianExtension.class)
class BrewJourneyIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            Browser.screenshot(browser, test.getTestMethod().orElseThrow().getName());
            browser.quit();
        }
    }

    @Test
    void aPairedMachineBrewsACommandFromThePageAndThePageFollowsItLive() throws Exception {
        register();
        browser.get(Browser.url("account/machines"));
        type("pair:name", "Kitchen");
        type("pair:model", "Krups Essenza Mini XN110");
        browser.findElement(By.id("pair:pairMachine")).click();
        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).getText();
        String machine = browser.findElement(By.id("tokenMachine")).getText();
        assertThat(token).startsWith("fdt_");

        // One capsule in slot 2 of the magazine: the brew page offers it, and the command tells the accessory where it is.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("magazine:slot"))).selectByVisibleText("2");
        org.openqa.selenium.support.ui.Select coffee = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("magazine:coffee")));
        String capsule = coffee.getOptions().stream().map(WebElement::getText).filter(t -> t.endsWith("(Original)")).findFirst().orElseThrow();
        coffee.selectByVisibleText(capsule);
        browser.findElement(By.id("magazine:loadSlot")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".magazine"), "Slot 2: " + capsule.replace(" (Original)", "")));

        browser.get(Browser.url("brew"));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("brew:coffee"))).getFirstSelectedOption().getText())
                .isEqualTo(capsule.replace(" (Original)", "") + " — slot 2");
        browser.findElement(By.id("brew:start")).click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("brewStatus")));
        assertThat(status.getText()).isEqualTo("Sent — waiting for the machine");

        DeviceSimulator device = new DeviceSimulator(HTTP, Deployments.baseUri(), Long.parseLong(machine), token, Duration.ZERO);
        HttpResponse<String> work = device.check(0);
        assertThat(work.statusCode()).isEqualTo(200);
        Matcher id = Pattern.compile("\"command_id\":(\\d+)").matcher(work.body());
        assertThat(id.find()).isTrue();
        assertThat(work.body()).contains("\"accessory_instructions\":{\"slot\":2}");
        wait.until(ExpectedConditions.textToBe(By.id("brewStatus"), "Heating"));

        long command = Long.parseLong(id.group(1));
        device.update(command, "brewing", Json.createObjectBuilder().add("started_at", System.currentTimeMillis()).build());
        wait.until(ExpectedConditions.textToBe(By.id("brewStatus"), "Brewing"));
        device.update(command, "complete", Json.createObjectBuilder().add("actual_volume_ml", 39).build());
        wait.until(ExpectedConditions.textToBe(By.id("brewStatus"), "Done — your coffee is ready"));
        Browser.screenshot(browser, "brew-live-status");

        browser.get(Browser.url("account"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Your coffee is ready");
        browser.get(Browser.url("account/machines"));
        assertThat(browser.findElement(By.cssSelector(".brew-row .brew-status")).getText()).startsWith("Done — your coffee is ready");
        assertThat(browser.findElement(By.linkText("Brew again")).getAttribute("href")).contains("/brew?coffee=");
        assertThat(Accessibility.violations(browser, List.of("account/machines", "brew"))).isEmpty();
    }

    private void register() {
        browser.get(Browser.url("register"));
        type("register:fullName", "Ana Pop");
        type("register:email", "brew." + UUID.randomUUID() + "@example.com");
        type("register:password", "a long coffee passphrase");
        browser.findElement(By.id("register:createAccount")).click();
        wait.until(ExpectedConditions.urlToBe(Browser.url("account")));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
