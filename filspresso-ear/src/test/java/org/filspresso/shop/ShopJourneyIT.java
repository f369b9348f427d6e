package org.filspresso.shop;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A shopper's whole journey in headless Chromium, from registration to a paused subscription. */
@ExtendWith(ArquillianExtension.class)
class ShopJourneyIT {

    private static final String PASSWORD = "a long coffee passphrase";

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
    void registerBrowseFilterBuyWithAPromoCodeAndSubscribe() {
        register("Ana Pop", newEmail());
        assertThat(browser.findElement(By.id("accountEmail")).getText()).endsWith("@example.com");

        // Browse and filter, then add the first strong coffee from the listing.
        browser.get(Browser.url("coffees?intensityMin=8"));
        browser.findElements(By.cssSelector(".product-card .intensity-value"))
                .forEach(value -> assertThat(Integer.parseInt(value.getText())).isGreaterThanOrEqualTo(8));
        String coffee = browser.findElement(By.cssSelector(".product-card .product-name")).getText();
        browser.findElement(By.cssSelector(".product-card .add-coffee")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".cart-count"), "1"));
        assertThat(browser.findElement(By.id("notices")).getText()).contains(coffee + " added to your cart.");

        // Six sleeves, then the welcome code.
        browser.get(Browser.url("cart"));
        WebElement quantity = browser.findElement(By.cssSelector("input[id$=':quantity']"));
        quantity.clear();
        quantity.sendKeys("6");
        browser.findElement(By.cssSelector("input[id$=':update']")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".cart-count"), "6"));
        browser.findElement(By.id("cartForm:promoCode")).sendKeys("welcome10");
        browser.findElement(By.id("cartForm:applyPromo")).click();
        WebElement discount = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discount")));
        assertThat(discount.getText()).startsWith("−");
        assertThat(browser.findElement(By.id("notices")).getText()).contains("Code WELCOME10 applied.");
        Browser.screenshot(browser, "cart-with-promo-code");

        // Checkout with a new address and a new card saved to the wallet.
        browser.findElement(By.id("checkout")).click();
        wait.until(ExpectedConditions.urlContains("/checkout"));
        type("checkout:fullName", "Ana Pop");
        type("checkout:phone", "0722 123 456");
        type("checkout:street", "Strada Memorandumului 28");
        type("checkout:city", "Cluj-Napoca");
        type("checkout:county", "Cluj");
        type("checkout:postalCode", "400114");
        payWithNewCard("4242 4242 4242 4242", true);
        String total = browser.findElement(By.id("summaryTotal")).getText();
        browser.findElement(By.id("checkout:placeOrder")).click();

        wait.until(ExpectedConditions.urlContains("/checkout/confirmation/FS-"));
        String number = browser.findElement(By.id("orderNumber")).getText();
        assertThat(number).matches("FS-[A-Z0-9]{8}");
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText()).contains("Visa •••• 4242");
        assertThat(browser.findElement(By.cssSelector(".cart-count")).getText()).isEqualTo("0");

        // History and receipt.
        browser.get(Browser.url("account/orders"));
        browser.findElement(By.linkText(number)).click();
        wait.until(ExpectedConditions.urlContains("/account/order/" + number));
        assertThat(browser.findElement(By.id("receiptTotal")).getText()).isEqualTo(total);
        assertThat(browser.findElement(By.id("receiptDiscount")).getText()).startsWith("−");
        assertThat(browser.findElement(By.id("paidWith")).getText()).isEqualTo("Visa •••• 4242");
        assertThat(browser.findElement(By.id("orderStatus")).getText()).isEqualTo("Paid");
        Browser.screenshot(browser, "order-receipt");

        // The card is in the wallet: brand, last four, expiry.
        browser.get(Browser.url("account/wallet"));
        assertThat(browser.findElement(By.cssSelector(".wallet-card")).getText()).contains("Visa •••• 4242, expires 12/2030");

        // A subscription, then paused.
        browser.get(Browser.url("account/subscriptions"));
        WebElement sleeves = browser.findElement(By.cssSelector("input.sleeves"));
        sleeves.clear();
        sleeves.sendKeys("2");
        browser.findElement(By.id("newSubscription:create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".subscription .subscription-status")));
        assertThat(browser.findElement(By.cssSelector(".subscription .subscription-status")).getText()).isEqualTo("Active");
        browser.findElement(By.cssSelector(".subscription input.pause")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".subscription .subscription-status"), "Paused"));
        Browser.screenshot(browser, "account-subscriptions");

        // Another customer asking for Ana's order gets "not found".
        browser.findElement(By.id("signOut:signOutButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
        register("Bob Ionescu", newEmail());
        browser.get(Browser.url("account/order/" + number));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    @Test
    void aVisitorsCartFollowsThemIntoTheirAccountAndADeclinedCardIsExplainedOnTheForm() {
        browser.get(Browser.url("machines"));
        browser.findElement(By.cssSelector(".product-card .add-machine:not([disabled])")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".cart-count"), "1"));
        register("Dana Radu", newEmail());
        assertThat(browser.findElement(By.cssSelector(".cart-count")).getText()).as("the visitor's cart, now the account's").isEqualTo("1");

        browser.get(Browser.url("checkout"));
        type("checkout:fullName", "Dana Radu");
        type("checkout:phone", "+40 744 000 111");
        type("checkout:street", "Bulevardul Unirii 1");
        type("checkout:city", "București");
        type("checkout:county", "București");
        type("checkout:postalCode", "030167");
        payWithNewCard("4000 0000 0000 9995", false);
        browser.findElement(By.id("checkout:placeOrder")).click();

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#notices .notice.error")));
        assertThat(notice.getText()).contains("declined").contains("insufficient funds");
        assertThat(browser.findElement(By.id("checkout:street")).getAttribute("value")).as("the form keeps what was typed")
                .isEqualTo("Bulevardul Unirii 1");
        assertThat(browser.findElement(By.cssSelector(".cart-count")).getText()).isEqualTo("1");
        Browser.screenshot(browser, "checkout-declined");

        browser.get(Browser.url("account/orders"));
        assertThat(browser.findElement(By.id("noOrders")).getText()).isEqualTo("You have not ordered anything yet.");
    }

    @Test
    void theShopPagesPassAnAutomatedAccessibilityCheck() {
        assertThat(Accessibility.violations(browser, List.of("login", "register", "cart")))
                .as("WCAG 2.1 AA violations on the signed-out pages").isEmpty();
        browser.get(Browser.url("coffees"));
        browser.findElement(By.cssSelector(".product-card .add-coffee")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".cart-count"), "1"));
        register("Eva Matei", newEmail());
        assertThat(Accessibility.violations(browser, List.of("cart", "checkout", "account", "account/orders", "account/wallet",
                "account/subscriptions"))).as("WCAG 2.1 AA violations on the signed-in pages").isEmpty();
    }

    @Test
    void theBackOfficePassesAnAutomatedAccessibilityCheck() {
        browser.get(Browser.url("admin"));
        wait.until(ExpectedConditions.urlContains("/login"));
        type("login:email", "admin@filspresso.local");
        type("login:password", System.getProperty("it.admin.password"));
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.urlToBe(Browser.url("admin")));
        Browser.screenshot(browser, "back-office-dashboard");

        assertThat(Accessibility.violations(browser, List.of("admin", "admin/products", "admin/product/coffee-1", "admin/orders",
                "admin/customers", "admin/promos", "admin/subscriptions", "admin/machines"))).as("WCAG 2.1 AA violations in the back office").isEmpty();
    }

    // ---- helpers ----

    private void register(String name, String email) {
        browser.get(Browser.url("register"));
        type("register:fullName", name);
        type("register:email", email);
        type("register:password", PASSWORD);
        browser.findElement(By.id("register:createAccount")).click();
        wait.until(ExpectedConditions.urlToBe(Browser.url("account")));
    }

    private void payWithNewCard(String number, boolean save) {
        WebElement newCard = browser.findElement(By.cssSelector("input[name='checkout:cardChoice'][value='new']"));
        if (!newCard.isSelected()) {
            newCard.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout:number")));
        }
        type("checkout:number", number);
        new Select(browser.findElement(By.id("checkout:expiryMonth"))).selectByVisibleText("12");
        new Select(browser.findElement(By.id("checkout:expiryYear"))).selectByVisibleText("2030");
        type("checkout:cvc", "123");
        WebElement holder = browser.findElement(By.id("checkout:holderName"));
        holder.clear();
        holder.sendKeys("Ana Pop");
        if (save) {
            browser.findElement(By.cssSelector("#checkout\\:saveCard .ui-chkbox-box")).click();
        }
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static String newEmail() {
        return "journey." + UUID.randomUUID() + "@example.com";
    }
}
