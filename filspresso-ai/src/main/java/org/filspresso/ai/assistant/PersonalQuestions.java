package org.filspresso.ai.assistant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.filspresso.order.Order;
import org.filspresso.order.OrderStatus;
import org.filspresso.subscription.Subscription;

/**
 * Questions about the person's own orders and subscriptions, answered from their records (never
 * from the model, never from anyone else's).
 */
public final class PersonalQuestions {

    private static final Pattern ORDERS = Pattern.compile("\\b(my|mine|i)\\b.*\\b(orders?|deliver(y|ies)|parcels?|package|shipment)\\b"
            + "|\\b(orders?|deliver(y|ies)|parcels?|package|shipment)\\b.*\\b(my|mine|i)\\b");
    private static final Pattern SUBSCRIPTIONS = Pattern.compile("\\bsubscriptions?\\b");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public enum Topic { ORDERS, SUBSCRIPTIONS, NONE }

    private PersonalQuestions() {
    }

    public static Topic topic(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        if (SUBSCRIPTIONS.matcher(lower).find() && lower.matches(".*\\b(my|mine|i)\\b.*")) {
            return Topic.SUBSCRIPTIONS;
        }
        return ORDERS.matcher(lower).find() ? Topic.ORDERS : Topic.NONE;
    }

    /** @param orders the person's orders, newest first */
    public static String orders(List<Order> orders, ZoneId zone) {
        if (orders.isEmpty()) {
            return "You have no orders yet.";
        }
        StringBuilder answer = new StringBuilder(orders.size() == 1 ? "Your order: " : "Your latest orders: ");
        List<Order> latest = orders.subList(0, Math.min(3, orders.size()));
        for (int i = 0; i < latest.size(); i++) {
            Order order = latest.get(i);
            answer.append(i == 0 ? "" : "; ").append(order.number()).append(", placed on ")
                    .append(DAY.format(order.placedAt().atZone(zone))).append(", ").append(order.itemCount())
                    .append(order.itemCount() == 1 ? " item" : " items").append(", ").append(order.total().toPlainString()).append(" lei, ")
                    .append(order.status().label().toLowerCase(Locale.ROOT));
            if (order.status() == OrderStatus.PLACED || order.status() == OrderStatus.PAID || order.status() == OrderStatus.SHIPPED) {
                answer.append(" (expected ").append(DAY.format(order.estimate().earliest())).append(")");
            }
        }
        return answer.append(".").toString();
    }

    public static String subscriptions(List<Subscription> subscriptions) {
        if (subscriptions.isEmpty()) {
            return "You have no subscriptions.";
        }
        StringBuilder answer = new StringBuilder(subscriptions.size() == 1 ? "Your subscription: " : "Your subscriptions: ");
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription subscription = subscriptions.get(i);
            LocalDate next = subscription.nextDelivery();
            answer.append(i == 0 ? "" : "; ").append(subscription.interval().label().toLowerCase(Locale.ROOT))
                    .append(", ").append(subscription.status().toString().toLowerCase(Locale.ROOT))
                    .append(next == null ? "" : ", next delivery on " + DAY.format(next));
        }
        return answer.append(".").toString();
    }
}
