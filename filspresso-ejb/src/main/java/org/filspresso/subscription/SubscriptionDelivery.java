package org.filspresso.subscription;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.filspresso.account.Address;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.cart.ProductRef;
import org.filspresso.notification.NotificationService;
import org.filspresso.order.CheckoutService;
import org.filspresso.order.DeliveryOption;
import org.filspresso.order.Order;
import org.filspresso.payment.PaymentSource;
import org.filspresso.query.InvalidInputException;
import org.filspresso.wallet.WalletCard;
import org.filspresso.wallet.WalletService;

/**
 * One subscription delivery, in its own transaction. The unique (subscription, delivery date) key
 * of orders and the row lock taken here make a delivery happen once, however often or on however
 * many servers the billing run repeats it — including after a restart in the middle.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SubscriptionDelivery {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @Inject
    private CheckoutService checkout;

    @Inject
    private AccountService accounts;

    @Inject
    private WalletService wallet;

    @Inject
    private NotificationService notifications;

    /** Orders and charges the delivery due on or before {@code today}; returns the order, or empty if nothing was due. */
    public Optional<Order> deliver(long subscriptionId, LocalDate today, Instant now) {
        Subscription subscription = em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null || !subscription.isDue(today, now)) {
            return Optional.empty();
        }
        LocalDate due = subscription.nextDelivery();
        Optional<Order> already = em.createQuery(
                        "SELECT o FROM CustomerOrder o WHERE o.subscriptionId = :subscription AND o.deliveryDate = :due", Order.class)
                .setParameter("subscription", subscriptionId)
                .setParameter("due", due)
                .getResultStream()
                .findFirst();
        if (already.isPresent()) {
            subscription.delivered(due);
            return already;
        }

        Customer customer = accounts.customer(subscription.customerId());
        Address address = Optional.ofNullable(subscription.addressId())
                .flatMap(id -> accounts.address(customer.id(), id))
                .orElseThrow(() -> new InvalidInputException("address", "The delivery address was removed: choose another one."));
        WalletCard card = Optional.ofNullable(subscription.cardId())
                .flatMap(id -> wallet.card(customer.id(), id))
                .orElseThrow(() -> new InvalidInputException("card", "The card was removed from your wallet: choose another one."));
        Map<ProductRef, Integer> lines = new LinkedHashMap<>();
        subscription.items().forEach((coffeeId, quantity) -> lines.put(ProductRef.coffee(coffeeId), quantity));

        Order order = checkout.place(customer, lines, address.postal(), DeliveryOption.STANDARD, null,
                new PaymentSource.SavedCard(card.token()), "subscription-" + subscriptionId + "-" + due,
                o -> o.deliveringSubscription(subscriptionId, due));
        subscription.delivered(due);
        notifications.notify(customer.id(), "Subscription delivery ordered",
                "Your " + subscription.interval().label().toLowerCase() + " coffee is on its way: order " + order.number()
                        + ", " + order.total() + " lei charged to " + card.label() + ". Next delivery: "
                        + subscription.nextDelivery().format(DAY) + ".");
        return Optional.of(order);
    }

    /** Records a failed delivery (declined card, stock, removed address) and tells the customer what happens next. */
    public void recordFailure(long subscriptionId, String reason, Instant now) {
        Subscription subscription = em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null) {
            return;
        }
        boolean paused = subscription.deliveryFailed(reason, now);
        String next = paused
                ? "We tried " + subscription.failedAttempts() + " times and paused the subscription: update your card and resume it."
                : "We will try again on " + subscription.retryAt().atZone(org.filspresso.cart.CartService.SHOP_ZONE).format(DAY) + ".";
        notifications.notify(subscription.customerId(), "Subscription payment failed",
                "We could not order your subscription delivery of " + subscription.nextDelivery().format(DAY) + ": " + reason + " " + next);
    }
}
