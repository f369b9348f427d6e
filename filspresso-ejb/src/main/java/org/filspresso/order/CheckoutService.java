package org.filspresso.order;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.account.PostalAddress;
import org.filspresso.cart.CartService;
import org.filspresso.cart.ProductRef;
import org.filspresso.cart.Quote;
import org.filspresso.payment.Charge;
import org.filspresso.payment.ChargeRequest;
import org.filspresso.payment.PaymentGateway;
import org.filspresso.payment.PaymentSource;
import org.filspresso.payment.StoredCard;
import org.filspresso.promo.PromoService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.wallet.WalletCard;
import org.filspresso.wallet.WalletService;

/**
 * Turns a cart into a paid order in one transaction: stock rows locked and decremented, card
 * charged once, order and timeline written, cart emptied. If anything fails, nothing stays —
 * not even the charge, which is refunded when the transaction does not commit.
 */
@Stateless
public class CheckoutService {

    private static final Logger LOG = Logger.getLogger(CheckoutService.class.getName());
    public static final String CURRENCY = "RON";

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @Inject
    private CartService carts;

    @Inject
    private PromoService promos;

    @Inject
    private WalletService wallet;

    @Inject
    private AccountService accounts;

    @Inject
    private PaymentGateway gateway;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * Places the customer's cart as an order, or returns the order this idempotency key already
     * placed (a double-submitted form, a retried request) without charging again.
     */
    public Order placeOrder(long customerId, CheckoutRequest request) {
        String key = request.idempotencyKey();
        if (key == null || !key.matches("[A-Za-z0-9-]{8,64}")) {
            throw new InvalidInputException("idempotencyKey", "The checkout form is out of date: reload the page.");
        }
        // One checkout per customer at a time: a second submission waits here, then finds the first's order.
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Order> done = em.createQuery("SELECT o FROM CustomerOrder o WHERE o.customerId = :customer AND o.idempotencyKey = :key", Order.class)
                .setParameter("customer", customerId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (done.isPresent()) {
            return done.get();
        }

        Map<ProductRef, Integer> lines = carts.lines(customerId);
        if (lines.isEmpty()) {
            throw new InvalidInputException("cart", "Your cart is empty.");
        }
        PostalAddress shipTo = shippingAddress(customerId, request);
        PaymentSource source;
        StoredCard cardToSave = null;
        if (request.cardId() != null) {
            WalletCard card = wallet.card(customerId, request.cardId())
                    .orElseThrow(() -> new InvalidInputException("card", "Choose one of your saved cards."));
            source = new PaymentSource.SavedCard(card.token());
        } else if (request.newCard() != null) {
            if (request.saveCard()) {
                cardToSave = gateway.tokenize(request.newCard());
                source = new PaymentSource.SavedCard(cardToSave.token());
            } else {
                source = new PaymentSource.NewCard(request.newCard());
            }
        } else {
            throw new InvalidInputException("card", "Choose how to pay.");
        }

        Order order = place(customer, lines, shipTo, request.delivery(), request.promoCode(), source,
                "checkout-" + customerId + "-" + key, o -> o.answering(key));
        if (cardToSave != null) {
            wallet.keep(customerId, cardToSave);
        }
        if (request.addressId() == null && request.saveAddress()) {
            accounts.addAddress(customerId, shipTo);
        }
        carts.clear(customerId);
        return order;
    }

    /**
     * The part every order shares, checkout or subscription: lock stock, price, charge, write.
     * The caller holds the transaction and decides what marks the order as unique.
     */
    public Order place(Customer customer, Map<ProductRef, Integer> lines, PostalAddress shipTo, DeliveryOption delivery,
                       String promoCode, PaymentSource source, String chargeKey, Consumer<Order> marking) {
        // Locks in a fixed order, so that two checkouts sharing products never deadlock.
        Map<ProductRef, Integer> sorted = new TreeMap<>(lines);
        sorted.keySet().forEach(ref -> carts.product(ref, LockModeType.PESSIMISTIC_WRITE));
        Quote quote = carts.quote(sorted, promoCode, delivery, customer.id());
        if (!quote.problems().isEmpty()) {
            throw new InvalidInputException("cart", String.join(" ", quote.problems()));
        }
        if (promoCode != null && !promoCode.isBlank() && quote.promoCode() == null) {
            throw new InvalidInputException("promoCode", quote.promoNote());
        }

        Charge charge = gateway.charge(new ChargeRequest(chargeKey, quote.total(), CURRENCY,
                "Filspresso order for " + customer.email(), source));
        refundUnlessCommitted(charge);

        sorted.forEach((ref, quantity) -> carts.product(ref, LockModeType.NONE).orElseThrow().takeFromStock(quantity));
        Instant now = Instant.now();
        Order order = new Order(customer.id(), quote, shipTo, delivery.estimate(ZonedDateTime.now(CartService.SHOP_ZONE)),
                charge, now, customer.email());
        marking.accept(order);
        em.persist(order);
        em.flush();
        if (quote.promoCode() != null) {
            promos.redeem(promos.find(quote.promoCode()).orElseThrow(), customer.id(), order.id());
        }
        LOG.info(() -> "Order " + order.number() + " placed: " + order.total() + " " + CURRENCY);
        return order;
    }

    private PostalAddress shippingAddress(long customerId, CheckoutRequest request) {
        if (request.addressId() != null) {
            return accounts.address(customerId, request.addressId())
                    .orElseThrow(() -> new InvalidInputException("address", "Choose one of your saved addresses."))
                    .postal();
        }
        if (request.newAddress() == null) {
            throw new InvalidInputException("address", "Tell us where to deliver.");
        }
        return request.newAddress();
    }

    /** The charge is made before the commit; if the commit does not happen, the money goes back. */
    private void refundUnlessCommitted(Charge charge) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        gateway.refund(charge.chargeId());
                        LOG.warning(() -> "Order not saved: charge " + charge.chargeId() + " refunded");
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Order not saved and refund of " + charge.chargeId() + " failed: refund it by hand", e);
                    }
                }
            }
        });
    }
}
