package org.filspresso.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.filspresso.order.Order;
import org.filspresso.order.OrderService;
import org.filspresso.order.OrderStatus;
import org.filspresso.payment.PaymentUnavailableException;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.account.CurrentUser;
import org.filspresso.web.platform.FormErrors;
import org.omnifaces.util.Faces;

/**
 * Backs /admin/orders?status=PAID&amp;q=cluj: the newest orders, filtered by the address (so a
 * filtered list can be bookmarked and survives the redirect after a change), each with the
 * statuses it may move to. View scoped so that the rows of a post are those that were shown.
 */
@Named("adminOrders")
@ViewScoped
public class AdminOrdersPage implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The page lists this many; narrower filters find older orders. */
    static final int MAX = 200;

    @Inject
    OrderService orderService;

    @Inject
    CurrentUser user;

    private OrderStatus status;
    private String q;

    /** Orders are entities, not serializable: after the view was passivated they are simply read again. */
    private transient List<Order> orders;

    /** Order number → the next status chosen in its row (a status name). */
    private final Map<String, String> next = new HashMap<>();

    public List<Order> getOrders() {
        if (orders == null) {
            orders = orderService.search(status, q, MAX);
        }
        return orders;
    }

    public boolean isTruncated() {
        return getOrders().size() >= MAX;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    /** Moves one order on, as the signed-in administrator (recorded in the order's timeline). */
    public void change(String number) {
        String chosen = next.get(number);
        if (chosen == null || chosen.isBlank()) {
            FormErrors.global("Order " + number + ": choose its next status first.");
            return;
        }
        // The value comes from the row's own options, which Faces has already checked it against.
        OrderStatus target = OrderStatus.valueOf(chosen);
        try {
            orderService.changeStatus(number, target, user.getEmail());
            FormErrors.infoAfterRedirect("Order " + number + " is now " + target.label().toLowerCase(Locale.ENGLISH) + ".");
            Faces.redirect(address());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> FormErrors.global("Order " + number + ": " + error.message()));
            orders = null;
        } catch (PaymentUnavailableException e) {
            // Cancelling refunds the charge; the order stays as it was when the processor cannot be reached.
            FormErrors.global("Order " + number + " was not cancelled: the payment processor could not refund it right now. Try again later.");
        }
    }

    /** This page with its current filters, for the redirect after a change. */
    String address() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", status == null ? null : status.name());
        parameters.put("q", q);
        return AdminSupport.address("admin/orders", parameters);
    }

    public Map<String, String> getNext() {
        return next;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
