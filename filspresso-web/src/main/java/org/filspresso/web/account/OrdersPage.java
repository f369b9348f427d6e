package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.filspresso.order.Order;
import org.filspresso.order.OrderService;

/** Backs /account/orders. */
@Named
@RequestScoped
public class OrdersPage {

    @Inject
    OrderService orders;

    @Inject
    CurrentUser user;

    private List<Order> mine;

    public List<Order> getOrders() {
        if (mine == null) {
            mine = orders.orders(user.id());
        }
        return mine;
    }
}
