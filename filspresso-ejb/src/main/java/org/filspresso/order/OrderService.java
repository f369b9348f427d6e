package org.filspresso.order;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.filspresso.cart.CartService;
import org.filspresso.notification.NotificationService;
import org.filspresso.payment.PaymentGateway;
import org.filspresso.query.InvalidInputException;

/**
 * Orders after checkout: a customer's history and receipts (their own only), cancellation before
 * shipping, and the back office's list and status changes.
 */
@Stateless
public class OrderService {

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @Inject
    private CartService carts;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private NotificationService notifications;

    public List<Order> orders(long customerId) {
        return em.createQuery("SELECT o FROM CustomerOrder o WHERE o.customerId = :customer ORDER BY o.placedAt DESC, o.id DESC", Order.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** How many orders each coffee was in, across all customers (for recommendations: what people come back for). */
    public Map<Long, Integer> coffeeOrderCounts() {
        return coffeeOrderCounts(em.createQuery("SELECT l.productId, COUNT(DISTINCT l.order) FROM OrderLine l"
                + " WHERE l.productKind = org.filspresso.cart.ProductKind.COFFEE GROUP BY l.productId", Object[].class));
    }

    /** How many of this customer's orders each coffee was in (what they reorder). */
    public Map<Long, Integer> coffeeOrderCounts(long customerId) {
        return coffeeOrderCounts(em.createQuery("SELECT l.productId, COUNT(DISTINCT l.order) FROM OrderLine l"
                + " WHERE l.productKind = org.filspresso.cart.ProductKind.COFFEE AND l.order.customerId = :customer GROUP BY l.productId",
                Object[].class).setParameter("customer", customerId));
    }

    private static Map<Long, Integer> coffeeOrderCounts(TypedQuery<Object[]> query) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** The customer's order with this number; someone else's order is as absent as a made-up number. */
    public Optional<Order> order(long customerId, String number) {
        return byNumber(number).filter(order -> order.customerId() == customerId);
    }

    /** Cancels before shipping: the stock goes back and the charge is refunded. */
    public Order cancel(long customerId, String number) {
        Order order = order(customerId, number).orElseThrow(() -> new InvalidInputException("order", "There is no order " + number + "."));
        return cancel(order, "customer");
    }

    // ---- back office ----

    public Optional<Order> byNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT o FROM CustomerOrder o WHERE o.number = :number", Order.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** The newest orders, optionally of one status and matching a text (order number, name, city). */
    public List<Order> search(OrderStatus status, String text, int max) {
        StringBuilder jpql = new StringBuilder("SELECT o FROM CustomerOrder o WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND o.status = :status");
        }
        boolean hasText = text != null && !text.isBlank();
        if (hasText) {
            jpql.append(" AND (UPPER(o.number) LIKE :text OR UPPER(o.shipTo.fullName) LIKE :text OR UPPER(o.shipTo.city) LIKE :text)");
        }
        jpql.append(" ORDER BY o.placedAt DESC, o.id DESC");
        TypedQuery<Order> query = em.createQuery(jpql.toString(), Order.class).setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (hasText) {
            query.setParameter("text", "%" + text.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return query.getResultList();
    }

    public Order changeStatus(String number, OrderStatus next, String actor) {
        Order order = byNumber(number).orElseThrow(() -> new InvalidInputException("order", "There is no order " + number + "."));
        if (next == OrderStatus.CANCELLED) {
            return cancel(order, actor);
        }
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        order.advance(next, Instant.now(), actor);
        notifications.notify(order.customerId(), "Order " + order.number() + " " + next.label().toLowerCase(),
                "Your order " + order.number() + " is now " + next.label().toLowerCase() + ".");
        return order;
    }

    private Order cancel(Order order, String actor) {
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        order.advance(OrderStatus.CANCELLED, Instant.now(), actor);
        order.lines().stream()
                .sorted((a, b) -> a.product().compareTo(b.product()))
                .forEach(line -> carts.product(line.product(), LockModeType.PESSIMISTIC_WRITE)
                        .ifPresent(product -> product.returnToStock(line.quantity())));
        gateway.refund(order.chargeId());
        notifications.notify(order.customerId(), "Order " + order.number() + " cancelled",
                "Your order " + order.number() + " was cancelled and " + order.total() + " lei refunded to your "
                        + order.cardBrand().displayName() + " •••• " + order.cardLastFour() + ".");
        return order;
    }
}
