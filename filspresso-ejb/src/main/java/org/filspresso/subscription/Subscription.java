package org.filspresso.subscription;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;

/**
 * Recurring deliveries of chosen coffees. The rules live here (and are tested without a server):
 * what pause, resume and skip do to the next delivery date, and how a declined payment is retried.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    public static final int MAX_ITEMS = 10;
    public static final int MAX_SLEEVES_PER_ITEM = 50;

    /** After a declined payment: try again a day later, then two, then four; then pause and ask the customer. */
    public static final List<Duration> RETRY_DELAYS = List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(4));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionStatus status;

    @Column(name = "interval_weeks")
    @Convert(converter = IntervalConverter.class)
    private SubscriptionInterval interval;

    @Column(name = "next_delivery", nullable = false)
    private LocalDate nextDelivery;

    @Column(name = "card_id")
    private Long cardId;

    @Column(name = "address_id")
    private Long addressId;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "retry_at")
    private Instant retryAt;

    @Column(name = "last_failure")
    private String lastFailure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Coffee id → sleeves per delivery. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_item", joinColumns = @JoinColumn(name = "subscription_id"))
    @MapKeyColumn(name = "coffee_id")
    @Column(name = "quantity")
    private Map<Long, Integer> items = new TreeMap<>();

    @Version
    private long version;

    protected Subscription() {
        // for JPA
    }

    public Subscription(long customerId, Map<Long, Integer> items, SubscriptionInterval interval, LocalDate firstDelivery,
                        LocalDate today, long cardId, long addressId, Instant createdAt) {
        if (firstDelivery == null || !firstDelivery.isAfter(today) || firstDelivery.isAfter(today.plusDays(90))) {
            throw new InvalidInputException("firstDelivery", "The first delivery must be between tomorrow and 90 days from now.");
        }
        this.customerId = customerId;
        this.status = SubscriptionStatus.ACTIVE;
        this.interval = interval;
        this.nextDelivery = firstDelivery;
        this.cardId = cardId;
        this.addressId = addressId;
        this.createdAt = createdAt;
        changeItems(items);
    }

    public void changeItems(Map<Long, Integer> newItems) {
        List<FieldError> errors = new ArrayList<>();
        if (newItems == null || newItems.isEmpty()) {
            errors.add(new FieldError("items", "Choose at least one coffee."));
        } else if (newItems.size() > MAX_ITEMS) {
            errors.add(new FieldError("items", "A subscription holds at most " + MAX_ITEMS + " coffees."));
        } else if (newItems.values().stream().anyMatch(q -> q == null || q < 1 || q > MAX_SLEEVES_PER_ITEM)) {
            errors.add(new FieldError("items", "Each coffee needs 1 to " + MAX_SLEEVES_PER_ITEM + " sleeves."));
        }
        InvalidInputException.throwIf(errors);
        requireNotCancelled();
        items.clear();
        items.putAll(newItems);
    }

    public void changeInterval(SubscriptionInterval newInterval) {
        requireNotCancelled();
        interval = newInterval;
    }

    public void pause() {
        if (status != SubscriptionStatus.ACTIVE) {
            throw new InvalidInputException("status", "Only an active subscription can be paused.");
        }
        status = SubscriptionStatus.PAUSED;
    }

    /** Deliveries start again; a date that passed while paused moves to tomorrow. */
    public void resume(LocalDate today) {
        if (status != SubscriptionStatus.PAUSED) {
            throw new InvalidInputException("status", "Only a paused subscription can be resumed.");
        }
        status = SubscriptionStatus.ACTIVE;
        failedAttempts = 0;
        retryAt = null;
        if (!nextDelivery.isAfter(today)) {
            nextDelivery = today.plusDays(1);
        }
    }

    public void skipNext() {
        if (status != SubscriptionStatus.ACTIVE) {
            throw new InvalidInputException("status", "Only an active subscription has a delivery to skip.");
        }
        nextDelivery = nextDelivery.plusWeeks(interval.weeks());
        failedAttempts = 0;
        retryAt = null;
    }

    public void cancel() {
        requireNotCancelled();
        status = SubscriptionStatus.CANCELLED;
    }

    public void payWith(long newCardId) {
        requireNotCancelled();
        cardId = newCardId;
    }

    public void deliverTo(long newAddressId) {
        requireNotCancelled();
        addressId = newAddressId;
    }

    /** Whether the billing run should deliver now: active, date reached, and not waiting for a retry. */
    public boolean isDue(LocalDate today, Instant now) {
        return status == SubscriptionStatus.ACTIVE && !nextDelivery.isAfter(today) && (retryAt == null || !now.isBefore(retryAt));
    }

    /** The delivery of {@code dueDate} was ordered: the next one is an interval after it. */
    public void delivered(LocalDate dueDate) {
        nextDelivery = dueDate.plusWeeks(interval.weeks());
        failedAttempts = 0;
        retryAt = null;
        lastFailure = null;
    }

    /** A delivery could not be ordered; returns true when the subscription was paused because retries ran out. */
    public boolean deliveryFailed(String reason, Instant now) {
        failedAttempts++;
        lastFailure = reason.length() > 200 ? reason.substring(0, 200) : reason;
        if (failedAttempts > RETRY_DELAYS.size()) {
            status = SubscriptionStatus.PAUSED;
            retryAt = null;
            return true;
        }
        retryAt = now.plus(RETRY_DELAYS.get(failedAttempts - 1));
        return false;
    }

    private void requireNotCancelled() {
        if (status == SubscriptionStatus.CANCELLED) {
            throw new InvalidInputException("status", "This subscription is cancelled.");
        }
    }

    public Long id() { return id; }
    public long customerId() { return customerId; }
    public SubscriptionStatus status() { return status; }
    public SubscriptionInterval interval() { return interval; }
    public LocalDate nextDelivery() { return nextDelivery; }
    public Long cardId() { return cardId; }
    public Long addressId() { return addressId; }
    public int failedAttempts() { return failedAttempts; }
    public Instant retryAt() { return retryAt; }
    public String lastFailure() { return lastFailure; }
    public Instant createdAt() { return createdAt; }
    public Map<Long, Integer> items() { return new TreeMap<>(items); }
}
