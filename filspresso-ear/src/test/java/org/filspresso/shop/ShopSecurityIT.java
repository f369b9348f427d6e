package org.filspresso.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.ShopPages;
import org.filspresso.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attacks a shopper's browser could suffer, played over HTTP against the deployed shop. */
@ExtendWith(ArquillianExtension.class)
class ShopSecurityIT {

    private static final String PASSWORD = "a long coffee passphrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void aFormPostedFromAnotherSiteChangesNothing() {
        String email = newEmail();
        WebSession victim = new WebSession();
        HttpResponse<String> forged = victim.forge(Deployments.baseUri().resolve("register"), "register", "register:createAccount",
                Map.of("register:fullName", "Forged", "register:email", email, "register:password", PASSWORD));
        assertThat(forged.body()).contains("This page has expired");

        // Registering that address for real still works: the forged post created nothing.
        register(new WebSession(), "Ana Pop", email);

        WebSession ana = new WebSession();
        signIn(ana, email);
        HttpResponse<String> rename = ana.forge(Deployments.baseUri().resolve("account"), "profile", "profile:saveProfile",
                Map.of("profile:fullName", "Renamed By Attacker"));
        assertThat(rename.body()).contains("This page has expired");
        assertThat(ana.get("account").body()).contains("Ana Pop").doesNotContain("Renamed By Attacker");

        // Every other state-changing form of a signed-in customer answers a forged post the same way.
        Map<String, String[]> forms = Map.of(
                "account", new String[] {"addresses", "addresses:addAddress"},
                "account/wallet", new String[] {"addCard", "addCard:saveCard"},
                "account/subscriptions", new String[] {"newSubscription", "newSubscription:create"},
                "checkout", new String[] {"checkout", "checkout:placeOrder"},
                "cart", new String[] {"cartForm", "cartForm:applyPromo"});
        forms.forEach((page, form) -> assertThat(ana.forge(Deployments.baseUri().resolve(page), form[0], form[1], Map.of()).body())
                .as(page).contains("This page has expired"));
    }

    @Test
    void signingInGivesANewSessionIdSoAPlantedOneIsWorthless() {
        String email = newEmail();
        register(new WebSession(), "Ana Pop", email);

        WebSession ana = new WebSession();
        HttpResponse<String> login = ana.get("login");
        String planted = ana.sessionId().orElseThrow();
        signIn(ana, login, email);
        String afterSignIn = ana.sessionId().orElseThrow();
        assertThat(afterSignIn).isNotEqualTo(planted);

        WebSession attacker = new WebSession();
        attacker.useSessionId(planted);
        assertThat(attacker.get("account").uri().getPath()).as("the planted id is not signed in").isEqualTo("/login");
        assertThat(ana.get("account").uri().getPath()).isEqualTo("/account");
    }

    @Test
    void textThatCustomersTypeIsShownAsTextNeverAsMarkup() {
        String email = newEmail();
        WebSession mallory = new WebSession();
        register(mallory, "<script>alert('x')</script> Mallory", email);

        String account = mallory.get("account").body();
        assertThat(account).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswerAndGuessingIsSlowedDown() {
        String email = newEmail();
        register(new WebSession(), "Ana Pop", email);

        String unknown = attempt(new WebSession(), newEmail(), PASSWORD);
        String wrong = attempt(new WebSession(), email, "not the password at all");
        assertThat(unknown).contains("The e-mail address or the password is not correct.");
        assertThat(wrong).contains("The e-mail address or the password is not correct.");

        for (int i = 0; i < 5; i++) {
            attempt(new WebSession(), email, "still not the password " + i);
        }
        assertThat(attempt(new WebSession(), email, PASSWORD)).as("even the right password waits")
                .contains("Too many attempts");
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndBackAfterwards() {
        String email = newEmail();
        register(new WebSession(), "Ana Pop", email);

        WebSession ana = new WebSession();
        HttpResponse<String> login = ana.get("account/wallet");
        assertThat(login.uri().getPath()).isEqualTo("/login");
        HttpResponse<String> after = signIn(ana, login, email);
        assertThat(after.uri().getPath()).isEqualTo("/account/wallet");
        assertThat(after.body()).contains("Your wallet");

        assertThat(ana.get("admin").statusCode()).as("customers are not administrators").isEqualTo(403);
    }

    @Test
    void aTamperedQuantityIsRefusedAndAPriceInTheRequestIsIgnored() {
        WebSession visitor = new WebSession();
        ShopPages.addFirstProductToCart(visitor, "coffees");
        HttpResponse<String> cart = visitor.get("cart");
        String total = total(cart.body());
        String quantity = ShopPages.elementName(cart.body(), "cartForm:", ":quantity");
        String update = ShopPages.elementName(cart.body(), "cartForm:", ":update");

        for (String tampered : new String[] {"1000", "-5", "0"}) {
            HttpResponse<String> answer = visitor.submit(visitor.get("cart"), "cartForm", update,
                    Map.of(quantity, tampered, "cartForm:price", "0.01", "cartForm:total", "0.01"));
            assertThat(answer.body()).as(tampered).contains("must be between 1 and 50");
            assertThat(total(answer.body())).as("total after %s", tampered).isEqualTo(total);
        }
        HttpResponse<String> two = visitor.submit(visitor.get("cart"), "cartForm", update, Map.of(quantity, "2", "cartForm:price", "0.01"));
        assertThat(new java.math.BigDecimal(total(two.body()).replace(" lei", "")))
                .as("priced from the catalog").isGreaterThan(new java.math.BigDecimal(total.replace(" lei", "")));
    }

    private static String total(String cartPage) {
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("id=\"total\">([^<]+)<").matcher(cartPage);
        assertThat(total.find()).as("a total on the cart page").isTrue();
        return total.group(1);
    }

    // ---- helpers ----

    static String newEmail() {
        return "sec." + UUID.randomUUID() + "@example.com";
    }

    static HttpResponse<String> register(WebSession session, String name, String email) {
        HttpResponse<String> done = session.register(name, email, PASSWORD);
        assertThat(done.uri().getPath()).as("registered and signed in").isEqualTo("/account");
        return done;
    }

    static HttpResponse<String> signIn(WebSession session, String email) {
        return signIn(session, session.get("login"), email);
    }

    static HttpResponse<String> signIn(WebSession session, HttpResponse<String> loginPage, String email) {
        return session.submit(loginPage, "login", "login:signIn", Map.of("login:email", email, "login:password", PASSWORD));
    }

    private static String attempt(WebSession session, String email, String password) {
        HttpResponse<String> page = session.get("login");
        return session.submit(page, "login", "login:signIn", Map.of("login:email", email, "login:password", password)).body();
    }
}
