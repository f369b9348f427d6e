package org.filspresso.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.filspresso.account.AccountService;
import org.filspresso.account.Address;
import org.filspresso.cart.CartService;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.query.InvalidInputException;
import org.filspresso.subscription.Subscription;
import org.filspresso.subscription.SubscriptionInterval;
import org.filspresso.subscription.SubscriptionService;
import org.filspresso.wallet.WalletCard;
import org.filspresso.wallet.WalletService;
import org.filspresso.web.platform.FormErrors;

/** Backs /account/subscriptions: create, change items and interval, pause, resume, skip, cancel. */
@Named
@ViewScoped
public class SubscriptionsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    WalletService wallet;

    @Inject
    CurrentUser user;

    /** Sleeves per coffee id in the "new subscription" form (0 = not chosen). */
    private final Map<Long, Integer> quantities = new LinkedHashMap<>();
    private SubscriptionInterval interval = SubscriptionInterval.EVERY_TWO_WEEKS;
    private LocalDate firstDelivery;
    private Long cardId;
    private Long addressId;
    private Long editing;

    /** Per existing subscription: the interval chosen in its row. */
    private final Map<Long, String> intervals = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        firstDelivery = LocalDate.now(CartService.SHOP_ZONE).plusDays(3);
        List<WalletCard> cards = getCards();
        cardId = cards.isEmpty() ? null : cards.get(0).id();
        List<Address> addresses = getAddresses();
        addressId = addresses.isEmpty() ? null : addresses.get(0).id();
    }

    public List<Subscription> getSubscriptions() {
        List<Subscription> mine = subscriptions.subscriptions(user.id());
        mine.forEach(s -> intervals.putIfAbsent(s.id(), s.interval().name()));
        return mine;
    }

    public List<Coffee> getCoffees() {
        return catalog.findCoffees(CoffeeQuery.all());
    }

    /** Coffee names for the items of a subscription. */
    public String describe(Subscription subscription) {
        StringBuilder text = new StringBuilder();
        subscription.items().forEach((coffeeId, quantity) -> {
            String name = catalog.findCoffees(CoffeeQuery.all()).stream().filter(c -> c.id().equals(coffeeId))
                    .map(Coffee::name).findFirst().orElse("Coffee " + coffeeId);
            text.append(text.length() == 0 ? "" : ", ").append(quantity).append(" × ").append(name);
        });
        return text.toString();
    }

    /** Fills the coffee table with a subscription's items, to change them. */
    public void edit(long id) {
        getSubscriptions().stream().filter(s -> s.id() == id).findFirst().ifPresent(subscription -> {
            quantities.clear();
            quantities.putAll(subscription.items());
            editing = id;
        });
    }

    public void stopEditing() {
        quantities.clear();
        editing = null;
    }

    /** The form's button: a new subscription, or the new items of the one being edited. */
    public void save() {
        Map<Long, Integer> chosen = new LinkedHashMap<>();
        quantities.forEach((id, quantity) -> {
            if (quantity != null && quantity > 0) {
                chosen.put(id, quantity);
            }
        });
        if (editing != null) {
            long id = editing;
            if (act("newSubscription", () -> subscriptions.changeItems(user.id(), id, chosen), "Coffees of the subscription changed.")) {
                stopEditing();
            }
            return;
        }
        if (cardId == null || addressId == null) {
            FormErrors.global("Save a card in your wallet and an address in your account first.");
            return;
        }
        if (act("newSubscription", () -> subscriptions.create(user.id(), chosen, interval, firstDelivery, cardId, addressId),
                "Subscription created: first delivery on " + firstDelivery + ".")) {
            quantities.clear();
        }
    }

    public void pause(long id) {
        act("subscriptions", () -> subscriptions.pause(user.id(), id), "Subscription paused.");
    }

    public void resume(long id) {
        act("subscriptions", () -> subscriptions.resume(user.id(), id), "Subscription resumed.");
    }

    public void skip(long id) {
        act("subscriptions", () -> subscriptions.skipNext(user.id(), id), "Next delivery skipped.");
    }

    public void cancel(long id) {
        act("subscriptions", () -> subscriptions.cancel(user.id(), id), "Subscription cancelled.");
    }

    public void changeInterval(long id) {
        act("subscriptions", () -> subscriptions.changeInterval(user.id(), id, SubscriptionInterval.valueOf(intervals.get(id))), "Interval changed.");
    }

    private boolean act(String form, Supplier<Subscription> action, String done) {
        try {
            action.get();
            FormErrors.info(done);
            return true;
        } catch (InvalidInputException e) {
            FormErrors.show(form, e.errors());
            return false;
        }
    }

    public List<WalletCard> getCards() {
        return wallet.cards(user.id());
    }

    public List<Address> getAddresses() {
        return accounts.addresses(user.id());
    }

    public List<SubscriptionInterval> getIntervalOptions() {
        return Arrays.asList(SubscriptionInterval.values());
    }

    public Long getEditing() { return editing; }
    public Map<Long, Integer> getQuantities() { return quantities; }
    public Map<Long, String> getIntervals() { return intervals; }
    public SubscriptionInterval getInterval() { return interval; }
    public void setInterval(SubscriptionInterval interval) { this.interval = interval; }
    public LocalDate getFirstDelivery() { return firstDelivery; }
    public void setFirstDelivery(LocalDate firstDelivery) { this.firstDelivery = firstDelivery; }
    public Long getCardId() { return cardId; }
    public void setCardId(Long cardId) { this.cardId = cardId; }
    public Long getAddressId() { return addressId; }
    public void setAddressId(Long addressId) { this.addressId = addressId; }
}
