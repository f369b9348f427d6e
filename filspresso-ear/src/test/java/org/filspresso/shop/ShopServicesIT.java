package org.filspresso.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.admin.BackOfficeService;
import org.filspresso.cart.CartService;
import org.filspresso.cart.ProductRef;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CupSize;
import org.filspresso.order.CheckoutService;
import org.filspresso.order.Order;
import org.filspresso.order.OrderEvent;
import org.filspresso.order.OrderService;
import org.filspresso.order.OrderStatus;
import org.filspresso.payment.DeclineReason;
import org.filspresso.payment.PaymentDeclinedException;
import org.filspresso.payment.TestPaymentGateway;
import org.filspresso.promo.PromoCode;
import org.filspresso.promo.PromoKind;
import org.filspresso.promo.PromoService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.testing.Deployments;
import org.filspresso.wallet.WalletService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shop's EJB services inside Payara against real MariaDB: accounts, carts, checkout, orders, promo codes. */
@ExtendWith(ArquillianExtension.class)
class ShopServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEarWithTests(ShopServicesIT.class, Shoppers.class);
    }

    @EJB
    AccountService accounts;
    @EJB
    CartService carts;
    @EJB
    CheckoutService checkout;
    @EJB
    OrderService orders;
    @EJB
    BackOfficeService backOffice;
    @EJB
    PromoService promos;
    @EJB
    WalletService wallet;
    @Inject
    TestPaymentGateway gateway;

    // ---- accounts ----

    @Test
    void emailsAreUniqueWhateverTheirCaseAndPasswordsAreStoredAsPbkdf2Hashes() throws Exception {
        Customer ana = Shoppers.newCustomer(accounts);
        assertThatThrownBy(() -> accounts.register("Other Ana", ana.email().toUpperCase(), Shoppers.PASSWORD))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field").containsExactly("email"));
        assertThat(accounts.findByEmail(ana.email().toUpperCase())).map(Customer::id).contains(ana.id());

        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT password_hash FROM customer WHERE id = ?")) {
            query.setLong(1, ana.id());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getString(1)).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(Shoppers.PASSWORD);
            }
        }
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRuleItBreaks() {
        assertThatThrownBy(() -> accounts.register("Ana", "weak." + UUID.randomUUID() + "@example.com", "short"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .anySatisfy(error -> assertThat(error.message()).contains("12")));
    }

    // ---- cart ----

    @Test
    void cartQuantitiesAreBoundedAndStockIsRespected() {
        Customer ana = Shoppers.newCustomer(accounts);
        ProductRef coffee = newCoffee(2);

        assertThatThrownBy(() -> carts.put(ana.id(), coffee, 3)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Only 2");
        assertThatThrownBy(() -> carts.put(ana.id(), coffee, -1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("between 1 and 50");
        assertThatThrownBy(() -> carts.put(ana.id(), ProductRef.coffee(Long.MAX_VALUE), 1)).isInstanceOf(InvalidInputException.class);
        carts.put(ana.id(), coffee, 2);
        assertThat(carts.lines(ana.id())).containsEntry(coffee, 2);
    }

    @Test
    void aVisitorsCartMergesIntoTheAccountTrimmedToWhatIsInStock() {
        Customer ana = Shoppers.newCustomer(accounts);
        ProductRef scarce = newCoffee(3);
        ProductRef plenty = newCoffee(100);
        carts.put(ana.id(), scarce, 2);

        carts.merge(ana.id(), Map.of(scarce, 2, plenty, 4));

        assertThat(carts.lines(ana.id())).containsEntry(scarce, 3).containsEntry(plenty, 4);
    }

    @Test
    void pricesComeFromTheCatalogWithVatIncluded() {
        ProductRef coffee = newCoffee(10);
        var quote = carts.quote(Map.of(coffee, 4), null, org.filspresso.order.DeliveryOption.STANDARD, null);
        assertThat(quote.merchandise()).isEqualByComparingTo("188.00"); // 4 × 47.00
        assertThat(quote.shipping()).isEqualByComparingTo("19.99");
        assertThat(quote.total()).isEqualByComparingTo("207.99");
        assertThat(quote.vatIncluded()).isEqualByComparingTo("36.10");
    }

    // ---- checkout ----

    @Test
    void aCheckoutTakesTheStockChargesTheCardOnceAndEmptiesTheCart() {
        Customer ana = Shoppers.newCustomer(accounts);
        ProductRef coffee = newCoffee(5);
        carts.put(ana.id(), coffee, 2);
        int charges = gateway.chargeCount();

        Order order = checkout.placeOrder(ana.id(), Shoppers.withNewCard("4242 4242 4242 4242", true));

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.events()).extracting(OrderEvent::status).containsExactly(OrderStatus.PLACED, OrderStatus.PAID);
        assertThat(order.total()).isEqualByComparingTo("113.99");
        assertThat(order.cardLastFour()).isEqualTo("4242");
        assertThat(gateway.chargeCount()).isEqualTo(charges + 1);
        assertThat(stock(coffee)).isEqualTo(3);
        assertThat(carts.lines(ana.id())).isEmpty();
        assertThat(wallet.cards(ana.id())).singleElement().satisfies(card -> {
            assertThat(card.lastFour()).isEqualTo("4242");
            assertThat(card.token()).doesNotContain("4242424242424242");
        });
        assertThat(orders.orders(ana.id())).extracting(Order::number).containsExactly(order.number());
    }

    @Test
    void aDoubleSubmittedCheckoutCreatesOneOrderAndOneCharge() throws Exception {
        Customer ana = Shoppers.newCustomer(accounts);
        ProductRef coffee = newCoffee(10);
        carts.put(ana.id(), coffee, 1);
        String key = UUID.randomUUID().toString();
        int charges = gateway.chargeCount();

        List<Order> placed = concurrently(4, () -> checkout.placeOrder(ana.id(), Shoppers.withNewCard(key, "4242424242424242", null)));

        assertThat(placed).extracting(Order::number).containsOnly(placed.get(0).number());
        assertThat(orders.orders(ana.id())).hasSize(1);
        assertThat(gateway.chargeCount()).isEqualTo(charges + 1);
        assertThat(stock(coffee)).isEqualTo(9);
    }

    @Test
    void concurrentCheckoutsOfTheLastItemSellItOnce() throws Exception {
        ProductRef lastOne = newCoffee(1);
        List<Customer> buyers = List.of(Shoppers.newCustomer(accounts), Shoppers.newCustomer(accounts), Shoppers.newCustomer(accounts));
        buyers.forEach(buyer -> carts.put(buyer.id(), lastOne, 1));

        List<Callable<Object>> attempts = new ArrayList<>();
        for (Customer buyer : buyers) {
            attempts.add(() -> {
                try {
                    return checkout.placeOrder(buyer.id(), Shoppers.withNewCard("5555555555554444", false));
                } catch (InvalidInputException e) {
                    return e;
                }
            });
        }
        List<Object> outcomes = runAll(attempts);

        assertThat(outcomes).filteredOn(Order.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).hasSize(2)
                .allSatisfy(e -> assertThat(((Exception) e).getMessage()).contains("out of stock"));
        assertThat(stock(lastOne)).isZero();
    }

    @Test
    void aDeclinedCardLeavesNoOrderAndTheCartAndStockAsTheyWere() {
        Customer ana = Shoppers.newCustomer(accounts);
        ProductRef coffee = newCoffee(5);
        carts.put(ana.id(), coffee, 2);

        assertThatThrownBy(() -> checkout.placeOrder(ana.id(), Shoppers.withNewCard("4000 0000 0000 9995", true)))
                .isInstanceOf(PaymentDeclinedException.class)
                .satisfies(e -> assertThat(((PaymentDeclinedException) e).reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS))
                .hasMessageContaining("insufficient funds");

        assertThat(orders.orders(ana.id())).isEmpty();
        assertThat(stock(coffee)).isEqualTo(5);
        assertThat(carts.lines(ana.id())).containsEntry(coffee, 2);
        assertThat(wallet.cards(ana.id())).as("a card is saved only with a successful order").isEmpty();
    }

    @Test
    void aSingleUsePromoCodeWorksOncePerCustomer() {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        promos.create(code, new PromoCode.PromoTerms("20 % off for the test", PromoKind.PERCENTAGE, new BigDecimal("20"),
                LocalDate.now().minusDays(1), null, new BigDecimal("50"), true, true));
        Customer ana = Shoppers.newCustomer(accounts);
        ProductRef coffee = newCoffee(10);

        carts.put(ana.id(), coffee, 2);
        Order first = checkout.placeOrder(ana.id(), Shoppers.withNewCard(UUID.randomUUID().toString(), "4242424242424242", code.toLowerCase()));
        assertThat(first.discount()).isEqualByComparingTo("18.80");
        assertThat(first.promoCode()).isEqualTo(code);

        carts.put(ana.id(), coffee, 2);
        assertThatThrownBy(() -> checkout.placeOrder(ana.id(), Shoppers.withNewCard(UUID.randomUUID().toString(), "4242424242424242", code)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already used");
        assertThat(carts.quote(carts.lines(ana.id()), code, org.filspresso.order.DeliveryOption.STANDARD, ana.id()).discount()).isZero();
    }

    // ---- orders ----

    @Test
    void aCustomerCancelsBeforeShippingAndGetsTheStockAndTheMoneyBack() {
        Customer ana = Shoppers.newCustomer(accounts);
        ProductRef coffee = newCoffee(4);
        carts.put(ana.id(), coffee, 3);
        Order order = checkout.placeOrder(ana.id(), Shoppers.withNewCard("4242424242424242", false));

        Order cancelled = orders.cancel(ana.id(), order.number());

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stock(coffee)).isEqualTo(4);
        assertThat(gateway.isRefunded(order.chargeId())).isTrue();
    }

    @Test
    void aShippedOrderCannotBeCancelledAndNobodyElseSeesIt() {
        Customer ana = Shoppers.newCustomer(accounts);
        Customer bob = Shoppers.newCustomer(accounts);
        carts.put(ana.id(), newCoffee(4), 1);
        Order order = checkout.placeOrder(ana.id(), Shoppers.withNewCard("4242424242424242", false));
        orders.changeStatus(order.number(), OrderStatus.SHIPPED, "admin@filspresso.local");

        assertThatThrownBy(() -> orders.cancel(ana.id(), order.number())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("shipped cannot become cancelled");
        assertThat(orders.order(bob.id(), order.number())).isEmpty();
        assertThatThrownBy(() -> orders.cancel(bob.id(), order.number())).isInstanceOf(InvalidInputException.class);
        assertThat(orders.order(ana.id(), order.number()).orElseThrow().events()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.SHIPPED);
    }

    @Test
    void theDashboardCountsTodaysOrders() {
        var before = backOffice.dashboard(30);
        Customer ana = Shoppers.newCustomer(accounts);
        carts.put(ana.id(), newCoffee(4), 1);
        Order order = checkout.placeOrder(ana.id(), Shoppers.withNewCard("4242424242424242", false));

        var after = backOffice.dashboard(30);
        assertThat(after.orderCount()).isEqualTo(before.orderCount() + 1);
        assertThat(after.revenue()).isEqualByComparingTo(before.revenue().add(order.total()));
        assertThat(after.revenuePerDay()).hasSize(30);
    }

    // ---- data safety ----

    @Test
    void noCardNumberOrCvcReachesTheDatabaseOrTheServerLog() throws Exception {
        Customer ana = Shoppers.newCustomer(accounts);
        carts.put(ana.id(), newCoffee(4), 1);
        checkout.placeOrder(ana.id(), Shoppers.withNewCard("3782 822463 10005", true)); // Amex, CVC 7391

        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), null, "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME");
                    String column = columns.getString("COLUMN_NAME");
                    assertThat(column.toLowerCase()).doesNotContain("cvc").doesNotContain("cvv").doesNotContain("card_number");
                    try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM `" + table + "` WHERE CAST(`" + column
                            + "` AS CHAR) LIKE '%378282246310005%' OR CAST(`" + column + "` AS CHAR) = '7391'");
                         ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getInt(1) > 0) {
                            hits.add(table + "." + column);
                        }
                    }
                }
            }
        }
        assertThat(hits).as("columns holding the card number or CVC").isEmpty();

        Path log = Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log");
        String text = Files.readString(log);
        assertThat(text).doesNotContain("378282246310005").doesNotContain("3782 822463 10005");
        assertThat(text).doesNotContainPattern("(?<![0-9])7391(?![0-9])");
    }

    // ---- helpers ----

    /** A coffee of our own with the given stock at 47.00 lei, so tests never share stock. */
    private ProductRef newCoffee(int stock) {
        Coffee coffee = backOffice.createCoffee(CapsuleSystem.ORIGINAL, "Test blend " + UUID.randomUUID(), 8, new BigDecimal("47.00"),
                stock, EnumSet.of(CupSize.ESPRESSO), "A coffee made for a test.");
        backOffice.manage(Coffee.class, coffee.id(), new BigDecimal("47.00"), stock, true);
        return ProductRef.coffee(coffee.id());
    }

    private int stock(ProductRef ref) {
        return carts.item(ref).orElseThrow().stock();
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("jdbc/filspresso");
    }

    private static <T> List<T> concurrently(int times, Callable<T> task) throws Exception {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            tasks.add(task);
        }
        return runAll(tasks);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<T> results = new ArrayList<>();
        for (Future<T> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw new AssertionError("a concurrent call failed", e.getCause());
            }
        }
        return results;
    }
}
