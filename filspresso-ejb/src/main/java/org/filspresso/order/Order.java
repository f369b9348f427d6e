package org.filspresso.order;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.filspresso.account.PostalAddress;
import org.filspresso.cart.Quote;
import org.filspresso.payment.CardBrand;
import org.filspresso.payment.Charge;
import org.filspresso.query.InvalidInputException;

/**
 * A paid order with its receipt: lines, totals, where it goes, which card paid, and its timeline.
 * (The entity is named CustomerOrder because ORDER is a JPQL keyword.)
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
public class Order {

    /** No 0/O or 1/I: order numbers are read out on the phone. */
    private static final char[] NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Random, so that one customer's number says nothing about another's. */
    @Column(name = "order_number", nullable = false)
    private String number;

    @Column(name = "customer_id")
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "subscription_id")
    private Long subscriptionId;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fullName", column = @Column(name = "ship_full_name")),
        @AttributeOverride(name = "street", column = @Column(name = "ship_street")),
        @AttributeOverride(name = "city", column = @Column(name = "ship_city")),
        @AttributeOverride(name = "county", column = @Column(name = "ship_county")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code")),
        @AttributeOverride(name = "phone", column = @Column(name = "ship_phone"))
    })
    private PostalAddress shipTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_option", nullable = false)
    private DeliveryOption delivery;

    @Column(name = "delivery_earliest", nullable = false)
    private LocalDate deliveryEarliest;

    @Column(name = "delivery_latest", nullable = false)
    private LocalDate deliveryLatest;

    @Column(name = "merchandise_total", nullable = false)
    private BigDecimal merchandise;

    @Column(nullable = false)
    private BigDecimal discount;

    @Column(nullable = false)
    private BigDecimal shipping;

    @Column(nullable = false)
    private BigDecimal total;

    @Column(name = "vat_included", nullable = false)
    private BigDecimal vatIncluded;

    @Column(name = "promo_code")
    private String promoCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_brand", nullable = false)
    private CardBrand cardBrand;

    @Column(name = "card_last_four", nullable = false)
    private String cardLastFour;

    @Column(name = "charge_id", nullable = false)
    private String chargeId;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<OrderEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Order() {
        // for JPA
    }

    /** A paid order from a priced cart: the timeline starts with "placed" and "paid". */
    public Order(long customerId, Quote quote, PostalAddress shipTo, DeliveryEstimate estimate, Charge charge,
                 Instant placedAt, String actor) {
        this.number = newNumber();
        this.customerId = customerId;
        this.placedAt = placedAt;
        this.shipTo = shipTo;
        this.delivery = quote.delivery();
        this.deliveryEarliest = estimate.earliest();
        this.deliveryLatest = estimate.latest();
        this.merchandise = quote.merchandise();
        this.discount = quote.discount();
        this.shipping = quote.shipping();
        this.total = quote.total();
        this.vatIncluded = quote.vatIncluded();
        this.promoCode = quote.promoCode();
        this.cardBrand = charge.brand();
        this.cardLastFour = charge.lastFour();
        this.chargeId = charge.chargeId();
        quote.lines().forEach(line -> lines.add(new OrderLine(this, line.item().ref(), line.item().name(),
                line.item().unitPrice(), line.quantity())));
        this.status = OrderStatus.PLACED;
        events.add(new OrderEvent(this, OrderStatus.PLACED, placedAt, actor));
        advance(OrderStatus.PAID, placedAt, actor);
    }

    static String newNumber() {
        StringBuilder number = new StringBuilder("FS-");
        for (int i = 0; i < 8; i++) {
            number.append(NUMBER_ALPHABET[RANDOM.nextInt(NUMBER_ALPHABET.length)]);
        }
        return number.toString();
    }

    /** Moves the order on, refusing moves its status does not allow (a delivered order cannot be cancelled). */
    public void advance(OrderStatus next, Instant at, String actor) {
        if (!status.canBecome(next)) {
            throw new InvalidInputException("status", "An order that is " + status.label().toLowerCase()
                    + " cannot become " + next.label().toLowerCase() + ".");
        }
        status = next;
        events.add(new OrderEvent(this, next, at, actor));
    }

    /** Marks the checkout attempt or subscription delivery this order answers, to refuse a second one. */
    public void answering(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public void deliveringSubscription(long subscriptionId, LocalDate deliveryDate) {
        this.subscriptionId = subscriptionId;
        this.deliveryDate = deliveryDate;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long customerId() { return customerId; }
    public OrderStatus status() { return status; }
    public Instant placedAt() { return placedAt; }
    public PostalAddress shipTo() { return shipTo; }
    public DeliveryOption delivery() { return delivery; }
    public DeliveryEstimate estimate() { return new DeliveryEstimate(deliveryEarliest, deliveryLatest); }
    public BigDecimal merchandise() { return merchandise; }
    public BigDecimal discount() { return discount; }
    public BigDecimal shipping() { return shipping; }
    public BigDecimal total() { return total; }
    public BigDecimal vatIncluded() { return vatIncluded; }
    public String promoCode() { return promoCode; }
    public CardBrand cardBrand() { return cardBrand; }
    public String cardLastFour() { return cardLastFour; }
    public String chargeId() { return chargeId; }
    public Long subscriptionId() { return subscriptionId; }
    public List<OrderLine> lines() { return List.copyOf(lines); }
    /** The timeline in order; steps of the same moment (placed and paid) in the order of the statuses. */
    public List<OrderEvent> events() {
        return events.stream()
                .sorted(java.util.Comparator.comparing(OrderEvent::occurredAt).thenComparing(OrderEvent::status))
                .toList();
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }
}
