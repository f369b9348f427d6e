package org.filspresso.subscription;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.filspresso.cart.CartService;
import org.filspresso.payment.PaymentDeclinedException;
import org.filspresso.payment.PaymentUnavailableException;
import org.filspresso.query.InvalidInputException;

/**
 * The EJB timer that delivers subscriptions. It looks for due deliveries every 15 minutes rather
 * than keeping one timer per subscription: a server that was down simply catches up on its next
 * run, and {@link SubscriptionDelivery} makes repeating a delivery harmless.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionBilling {

    private static final Logger LOG = Logger.getLogger(SubscriptionBilling.class.getName());

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @Inject
    private SubscriptionDelivery delivery;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "subscription deliveries")
    void onSchedule() {
        runDue(LocalDate.now(CartService.SHOP_ZONE), Instant.now());
    }

    /** Delivers every subscription due by {@code today}; returns how many orders were created. */
    public Result runDue(LocalDate today, Instant now) {
        List<Long> due = em.createQuery("SELECT s FROM Subscription s WHERE s.status = :active AND s.nextDelivery <= :today ORDER BY s.id",
                        Subscription.class)
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .setParameter("today", today)
                .getResultStream()
                .filter(subscription -> subscription.isDue(today, now))
                .map(Subscription::id)
                .toList();
        int delivered = 0;
        int failed = 0;
        for (Long id : due) {
            try {
                if (delivery.deliver(id, today, now).isPresent()) {
                    delivered++;
                }
            } catch (PaymentDeclinedException | PaymentUnavailableException | InvalidInputException e) {
                failed++;
                delivery.recordFailure(id, e.getMessage(), now);
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.SEVERE, "Subscription " + id + " could not be delivered", e);
            }
        }
        if (!due.isEmpty()) {
            LOG.info("Subscription run for " + today + ": " + delivered + " delivered, " + failed + " failed");
        }
        return new Result(delivered, failed);
    }

    public record Result(int delivered, int failed) {
    }
}
