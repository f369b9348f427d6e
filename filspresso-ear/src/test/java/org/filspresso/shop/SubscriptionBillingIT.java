package org.filspresso.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.admin.BackOfficeService;
import org.filspresso.cart.CartService;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CupSize;
import org.filspresso.notification.Notification;
import org.filspresso.notification.NotificationService;
import org.filspresso.order.Order;
import org.filspresso.order.OrderService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.subscription.Subscription;
import org.filspresso.subscription.SubscriptionBilling;
import org.filspresso.subscription.SubscriptionDelivery;
import org.filspresso.subscription.SubscriptionInterval;
import org.filspresso.subscription.SubscriptionService;
import org.filspresso.subscription.SubscriptionStatus;
import org.filspresso.testing.Deployments;
import org.filspresso.wallet.WalletCard;
import org.filspresso.wallet.WalletService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Subscriptions and the EJB timer's billing run, inside Payara against real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class SubscriptionBillingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEarWithTests(SubscriptionBillingIT.class, Shoppers.class);
    }

    @EJB
    AccountService accounts;
    @EJB
    SubscriptionService subscriptions;
    @EJB
    SubscriptionBilling billing;
    @EJB
    SubscriptionDelivery delivery;
    @EJB
    WalletService wallet;
    @EJB
    OrderService orders;
    @EJB
    NotificationService notifications;
    @EJB
    BackOfficeService backOffice;
    @EJB
    CartService carts;

    private final LocalDate today = LocalDate.now(CartService.SHOP_ZONE);

    @Test
    void aDueDeliveryIsOrderedOnceHoweverOftenAndWhereverTheBillingRunRepeats() throws Exception {
        Customer ana = Shoppers.newCustomer(accounts);
        long coffeeId = newCoffee(20);
        Subscription subscription = subscribe(ana, "4242424242424242", coffeeId, 2);
        LocalDate due = today.plusDays(1);

        billing.runDue(today, Instant.now());
        assertThat(orders.orders(ana.id())).as("nothing before the due date").isEmpty();

        // Three deliveries of the same date at once, as from three servers; then the timer again, as after a restart.
        List<Callable<Object>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(() -> delivery.deliver(subscription.id(), due, Instant.now()));
        }
        runAll(runs);
        billing.runDue(due, Instant.now());
        billing.runDue(due.plusDays(1), Instant.now());

        List<Order> placed = orders.orders(ana.id());
        assertThat(placed).singleElement().satisfies(order -> {
            assertThat(order.subscriptionId()).isEqualTo(subscription.id());
            assertThat(order.lines()).singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
            assertThat(order.cardLastFour()).isEqualTo("4242");
        });
        assertThat(mine(ana).nextDelivery()).isEqualTo(due.plusWeeks(2));
        assertThat(carts.item(org.filspresso.cart.ProductRef.coffee(coffeeId)).orElseThrow().stock()).isEqualTo(18);
        assertThat(notifications.inbox(ana.id())).extracting(Notification::subject).contains("Subscription delivery ordered");
    }

    @Test
    void aDeclinedChargeIsRetriedOnScheduleThenTheSubscriptionPausesAndTheCustomerIsTold() {
        Customer ana = Shoppers.newCustomer(accounts);
        subscribe(ana, "4000000000009995", newCoffee(20), 1);
        LocalDate due = today.plusDays(1);
        Instant now = due.atTime(9, 0).atZone(CartService.SHOP_ZONE).toInstant();

        billing.runDue(due, now);
        Subscription afterFirst = mine(ana);
        assertThat(afterFirst.failedAttempts()).isEqualTo(1);
        assertThat(afterFirst.retryAt()).isEqualTo(now.plus(Duration.ofDays(1)));
        assertThat(afterFirst.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(notifications.inbox(ana.id())).first().satisfies(message -> {
            assertThat(message.subject()).isEqualTo("Subscription payment failed");
            assertThat(message.body()).contains("insufficient funds").contains("try again");
        });

        billing.runDue(due, now.plus(Duration.ofHours(2)));
        assertThat(mine(ana).failedAttempts()).as("no retry before its time").isEqualTo(1);

        Instant later = now;
        for (Duration delay : Subscription.RETRY_DELAYS) {
            later = later.plus(delay);
            billing.runDue(due.plusDays(7), later);
        }
        Subscription paused = mine(ana);
        assertThat(paused.status()).isEqualTo(SubscriptionStatus.PAUSED);
        assertThat(paused.failedAttempts()).isEqualTo(4);
        assertThat(orders.orders(ana.id())).isEmpty();
        assertThat(notifications.inbox(ana.id()).get(0).body()).contains("paused");
    }

    @Test
    void pauseResumeSkipAndCancelMoveTheNextDelivery() {
        Customer ana = Shoppers.newCustomer(accounts);
        Subscription subscription = subscribe(ana, "4242424242424242", newCoffee(20), 1);
        LocalDate first = subscription.nextDelivery();

        assertThat(subscriptions.skipNext(ana.id(), subscription.id()).nextDelivery()).isEqualTo(first.plusWeeks(2));
        assertThat(subscriptions.pause(ana.id(), subscription.id()).status()).isEqualTo(SubscriptionStatus.PAUSED);
        billing.runDue(first.plusWeeks(2), Instant.now().plus(Duration.ofDays(30)));
        assertThat(orders.orders(ana.id())).as("a paused subscription delivers nothing").isEmpty();
        assertThat(subscriptions.resume(ana.id(), subscription.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(subscriptions.changeInterval(ana.id(), subscription.id(), SubscriptionInterval.WEEKLY).interval())
                .isEqualTo(SubscriptionInterval.WEEKLY);
        long other = newCoffee(20);
        assertThat(subscriptions.changeItems(ana.id(), subscription.id(), Map.of(other, 3)).items()).containsExactly(Map.entry(other, 3));
        assertThat(subscriptions.cancel(ana.id(), subscription.id()).status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThatThrownBy(() -> subscriptions.resume(ana.id(), subscription.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCustomerCannotTouchSomeoneElsesSubscription() {
        Customer ana = Shoppers.newCustomer(accounts);
        Customer bob = Shoppers.newCustomer(accounts);
        Subscription anas = subscribe(ana, "4242424242424242", newCoffee(20), 1);

        assertThatThrownBy(() -> subscriptions.pause(bob.id(), anas.id())).isInstanceOf(InvalidInputException.class);
        assertThat(subscriptions.subscriptions(bob.id())).isEmpty();
        assertThat(mine(ana).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    private Subscription subscribe(Customer customer, String cardNumber, long coffeeId, int sleeves) {
        WalletCard card = wallet.add(customer.id(), Shoppers.card(cardNumber));
        long addressId = Shoppers.savedAddress(accounts, customer).id();
        return subscriptions.create(customer.id(), Map.of(coffeeId, sleeves), SubscriptionInterval.EVERY_TWO_WEEKS, today.plusDays(1),
                card.id(), addressId);
    }

    private Subscription mine(Customer customer) {
        return subscriptions.subscriptions(customer.id()).get(0);
    }

    private long newCoffee(int stock) {
        Coffee coffee = backOffice.createCoffee(CapsuleSystem.VERTUO, "Test subscription blend " + UUID.randomUUID(), 6,
                new BigDecimal("52.00"), stock, EnumSet.of(CupSize.MUG), "A coffee made for a test.");
        backOffice.manage(Coffee.class, coffee.id(), new BigDecimal("52.00"), stock, true);
        return coffee.id();
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<T> results = new ArrayList<>();
        for (Future<T> future : executor.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }
}
