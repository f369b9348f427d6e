package org.filspresso.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.filspresso.cart.CartService;
import org.filspresso.subscription.Subscription;
import org.filspresso.subscription.SubscriptionBilling;
import org.filspresso.subscription.SubscriptionService;
import org.filspresso.web.platform.FormErrors;
import org.omnifaces.util.Faces;

/**
 * Backs /admin/subscriptions: every subscription, soonest delivery first, and a button that runs
 * the delivery job now instead of waiting for its next quarter-hour.
 */
@Named("adminSubscriptions")
@RequestScoped
public class AdminSubscriptionsPage {

    @Inject
    SubscriptionService subscriptionService;

    @Inject
    SubscriptionBilling billing;

    private List<Subscription> subscriptions;

    public List<Subscription> getSubscriptions() {
        if (subscriptions == null) {
            subscriptions = subscriptionService.all();
        }
        return subscriptions;
    }

    /**
     * The same run the timer does, for today in the shop's time zone. Safe to repeat: a delivery
     * already ordered is not ordered again, and the billing singleton never runs twice at once.
     */
    public void runDue() {
        SubscriptionBilling.Result result = billing.runDue(LocalDate.now(CartService.SHOP_ZONE), Instant.now());
        FormErrors.infoAfterRedirect(result.delivered() + " delivered, " + result.failed() + " failed.");
        Faces.redirect("admin/subscriptions");
    }
}
