package org.filspresso.cart;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.Product;
import org.filspresso.order.DeliveryOption;
import org.filspresso.promo.PromoCode;
import org.filspresso.promo.PromoService;
import org.filspresso.query.InvalidInputException;

/**
 * Carts and their prices. A signed-in customer's cart is saved here; a visitor's lives in their
 * session (the web tier) and is checked and priced here the same way, then merged on sign-in.
 */
@Stateless
public class CartService {

    public static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Bucharest");

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @jakarta.inject.Inject
    private PromoService promos;

    public Optional<CatalogItem> item(ProductRef ref) {
        return product(ref, LockModeType.NONE).map(CatalogItem::of);
    }

    /** Refuses a quantity the cart rules do not allow (unknown product, bounds, stock). */
    public void check(ProductRef ref, int quantity) {
        CatalogItem item = item(ref).orElseThrow(() -> new InvalidInputException("product", "This product does not exist."));
        CartRules.refusal(item, quantity).ifPresent(problem -> {
            throw new InvalidInputException("quantity", problem);
        });
    }

    public Map<ProductRef, Integer> lines(long customerId) {
        Map<ProductRef, Integer> lines = new LinkedHashMap<>();
        savedLines(customerId).forEach(line -> lines.put(line.product(), line.quantity()));
        return lines;
    }

    /** Adds to what is already in the cart. */
    public void add(long customerId, ProductRef ref, int quantity) {
        int current = line(customerId, ref).map(CartLine::quantity).orElse(0);
        put(customerId, ref, current + quantity);
    }

    /** Sets a line's quantity (the cart page's quantity field). */
    public void put(long customerId, ProductRef ref, int quantity) {
        check(ref, quantity);
        Optional<CartLine> line = line(customerId, ref);
        if (line.isPresent()) {
            line.get().quantity(quantity);
        } else {
            if (savedLines(customerId).size() >= CartRules.MAX_LINES) {
                throw new InvalidInputException("product", "A cart holds at most " + CartRules.MAX_LINES + " different products.");
            }
            em.persist(new CartLine(customerId, ref, quantity, Instant.now()));
        }
    }

    public void remove(long customerId, ProductRef ref) {
        line(customerId, ref).ifPresent(em::remove);
    }

    public void clear(long customerId) {
        savedLines(customerId).forEach(em::remove);
    }

    /**
     * Moves a visitor's cart into the account's on sign-in: quantities add up, and whatever the
     * limits no longer allow is trimmed rather than refused, so signing in never fails.
     */
    public void merge(long customerId, Map<ProductRef, Integer> visitorLines) {
        Map<ProductRef, Integer> saved = lines(customerId);
        visitorLines.forEach((ref, quantity) -> item(ref).ifPresent(item -> {
            int merged = CartRules.clamp(item, saved.getOrDefault(ref, 0) + quantity);
            if (merged > 0 && (saved.containsKey(ref) || saved.size() < CartRules.MAX_LINES)) {
                put(customerId, ref, merged);
                saved.put(ref, merged);
            }
        }));
    }

    /**
     * Prices lines from the catalog as it is now.
     *
     * @param customerId the signed-in customer, for single-use codes; null for a visitor
     */
    public Quote quote(Map<ProductRef, Integer> lines, String promoCode, DeliveryOption delivery, Long customerId) {
        Map<CatalogItem, Integer> items = new LinkedHashMap<>();
        lines.forEach((ref, quantity) -> item(ref).ifPresent(item -> items.put(item, quantity)));
        Optional<PromoCode> promo = Optional.empty();
        String promoNote = null;
        boolean usedBefore = false;
        if (promoCode != null && !promoCode.isBlank()) {
            promo = promos.find(promoCode);
            if (promo.isEmpty()) {
                promoNote = "The code " + PromoCode.normalise(promoCode) + " is not valid.";
            } else if (customerId != null) {
                usedBefore = promos.usedBy(promo.get(), customerId);
            }
        }
        return PriceCalculator.quote(items, promo, promoNote, delivery, LocalDate.now(SHOP_ZONE), usedBefore);
    }

    /** The product row, locked for update when the checkout is about to take it out of stock. */
    public Optional<Product> product(ProductRef ref, LockModeType lock) {
        Class<? extends Product> type = ref.kind() == ProductKind.COFFEE ? Coffee.class : Machine.class;
        return Optional.ofNullable(em.find(type, ref.id(), lock));
    }

    private List<CartLine> savedLines(long customerId) {
        return em.createQuery("SELECT l FROM CartLine l WHERE l.customerId = :customer ORDER BY l.addedAt", CartLine.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    private Optional<CartLine> line(long customerId, ProductRef ref) {
        return Optional.ofNullable(em.find(CartLine.class, new CartLine.Key(customerId, ref.kind(), ref.id())));
    }
}
