package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.filspresso.order.Order;
import org.filspresso.order.OrderEvent;
import org.filspresso.order.OrderService;
import org.filspresso.order.OrderStatus;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.platform.FormErrors;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** Backs /account/order/{number} (receipt) and /checkout/confirmation/{number}: the signed-in customer's order only. */
@Named
@RequestScoped
public class OrderPage {

    @Inject
    OrderService orders;

    @Inject
    CurrentUser user;

    @Inject
    @Param(pathIndex = 0)
    String number;

    private Order order;

    @jakarta.annotation.PostConstruct
    void find() {
        order = number == null ? null : orders.order(user.id(), number).orElse(null);
    }

    /** Someone else's order number answers exactly like a made-up one: 404. */
    public void load() {
        if (order == null) {
            Faces.responseSendError(404, "No such order");
            Faces.responseComplete();
        }
    }

    public Order getOrder() {
        return order;
    }

    /** The usual path of an order, with the steps it reached and when. */
    public List<Step> getTimeline() {
        List<OrderEvent> events = order.events();
        Set<OrderStatus> path = order.status() == OrderStatus.CANCELLED
                ? events.stream().map(OrderEvent::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderStatus.class)))
                : EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        return path.stream().map(status -> new Step(status, events.stream()
                .filter(event -> event.status() == status).findFirst().orElse(null))).toList();
    }

    public void cancel() {
        try {
            order = orders.cancel(user.id(), number);
            FormErrors.info("Your order was cancelled and the amount refunded.");
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> FormErrors.global(error.message()));
        }
    }

    public record Step(OrderStatus status, OrderEvent event) {
        public boolean reached() {
            return event != null;
        }
    }
}
