package org.filspresso.subscription;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.filspresso.account.AccountService;
import org.filspresso.cart.CartService;
import org.filspresso.cart.ProductRef;
import org.filspresso.query.InvalidInputException;
import org.filspresso.wallet.WalletService;

/** A customer's subscriptions: create, change, pause, resume, skip, cancel — their own only. */
@Stateless
public class SubscriptionService {

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @Inject
    private CartService carts;

    @Inject
    private WalletService wallet;

    @Inject
    private AccountService accounts;

    public List<Subscription> subscriptions(long customerId) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.customerId = :customer ORDER BY s.id DESC", Subscription.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    public Subscription create(long customerId, Map<Long, Integer> items, SubscriptionInterval interval, LocalDate firstDelivery,
                               long cardId, long addressId) {
        checkCoffees(items);
        requireOwnCard(customerId, cardId);
        requireOwnAddress(customerId, addressId);
        Subscription subscription = new Subscription(customerId, items, interval, firstDelivery, today(), cardId, addressId, Instant.now());
        em.persist(subscription);
        em.flush();
        return subscription;
    }

    public Subscription changeItems(long customerId, long subscriptionId, Map<Long, Integer> items) {
        checkCoffees(items);
        Subscription subscription = mine(customerId, subscriptionId);
        subscription.changeItems(items);
        return subscription;
    }

    public Subscription changeInterval(long customerId, long subscriptionId, SubscriptionInterval interval) {
        Subscription subscription = mine(customerId, subscriptionId);
        subscription.changeInterval(interval);
        return subscription;
    }

    public Subscription changePayment(long customerId, long subscriptionId, long cardId, long addressId) {
        requireOwnCard(customerId, cardId);
        requireOwnAddress(customerId, addressId);
        Subscription subscription = mine(customerId, subscriptionId);
        subscription.payWith(cardId);
        subscription.deliverTo(addressId);
        return subscription;
    }

    public Subscription pause(long customerId, long subscriptionId) {
        Subscription subscription = mine(customerId, subscriptionId);
        subscription.pause();
        return subscription;
    }

    public Subscription resume(long customerId, long subscriptionId) {
        Subscription subscription = mine(customerId, subscriptionId);
        subscription.resume(today());
        return subscription;
    }

    public Subscription skipNext(long customerId, long subscriptionId) {
        Subscription subscription = mine(customerId, subscriptionId);
        subscription.skipNext();
        return subscription;
    }

    public Subscription cancel(long customerId, long subscriptionId) {
        Subscription subscription = mine(customerId, subscriptionId);
        subscription.cancel();
        return subscription;
    }

    /** Every subscription, for the back office. */
    public List<Subscription> all() {
        return em.createQuery("SELECT s FROM Subscription s ORDER BY s.nextDelivery, s.id", Subscription.class).getResultList();
    }

    private Subscription mine(long customerId, long subscriptionId) {
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null || subscription.customerId() != customerId) {
            throw new InvalidInputException("subscription", "There is no such subscription.");
        }
        return subscription;
    }

    private void checkCoffees(Map<Long, Integer> items) {
        if (items != null) {
            for (Long coffeeId : items.keySet()) {
                if (carts.item(ProductRef.coffee(coffeeId)).filter(item -> item.published()).isEmpty()) {
                    throw new InvalidInputException("items", "One of the chosen coffees is not sold any more.");
                }
            }
        }
    }

    private void requireOwnCard(long customerId, long cardId) {
        if (wallet.card(customerId, cardId).isEmpty()) {
            throw new InvalidInputException("card", "Choose one of your saved cards.");
        }
    }

    private void requireOwnAddress(long customerId, long addressId) {
        if (accounts.address(customerId, addressId).isEmpty()) {
            throw new InvalidInputException("address", "Choose one of your saved addresses.");
        }
    }

    static LocalDate today() {
        return LocalDate.now(CartService.SHOP_ZONE);
    }
}
