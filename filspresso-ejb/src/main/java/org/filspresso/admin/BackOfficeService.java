package org.filspresso.admin;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.filspresso.account.Customer;
import org.filspresso.cart.CartService;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CupSize;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.Product;
import org.filspresso.order.OrderStatus;
import org.filspresso.query.InvalidInputException;
import org.filspresso.subscription.SubscriptionStatus;

/** The back office's reads and product edits. Reached only through the /admin pages (role ADMIN). */
@Stateless
public class BackOfficeService {

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    /** Every product, published or not. */
    public List<Product> products() {
        List<Product> products = new java.util.ArrayList<>();
        products.addAll(em.createQuery("SELECT c FROM Coffee c ORDER BY c.system, c.name", Coffee.class).getResultList());
        products.addAll(em.createQuery("SELECT m FROM Machine m ORDER BY m.system, m.name", Machine.class).getResultList());
        return products;
    }

    public void manage(Class<? extends Product> kind, long id, BigDecimal price, int stock, boolean published) {
        product(kind, id).manage(price, stock, published);
    }

    /** The product form: all of it is saved, or nothing (the InvalidInputException rolls back). */
    public void edit(Class<? extends Product> kind, long id, String name, String description, BigDecimal price, int stock,
                     boolean published) {
        Product product = product(kind, id);
        product.rename(name, description);
        product.manage(price, stock, published);
    }

    /** A new coffee, unpublished until the back office publishes it. */
    public Coffee createCoffee(CapsuleSystem system, String name, Integer intensity, BigDecimal price, int stock,
                               Set<CupSize> cupSizes, String description) {
        String slug = slugOf(name);
        if (slug.isEmpty()) {
            throw new InvalidInputException("name", "The name is required.");
        }
        boolean taken = !em.createQuery("SELECT c FROM Coffee c WHERE c.system = :system AND c.slug = :slug", Coffee.class)
                .setParameter("system", system).setParameter("slug", slug).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("name", "A " + system.name().toLowerCase(Locale.ROOT) + " coffee with this name already exists.");
        }
        if (intensity != null && (intensity < 1 || intensity > 13)) {
            throw new InvalidInputException("intensity", "Intensity goes from 1 to 13.");
        }
        if (cupSizes == null || cupSizes.isEmpty()) {
            throw new InvalidInputException("cupSizes", "Choose at least one cup size.");
        }
        Coffee coffee = new Coffee(system, slug, name.strip(), intensity, BigDecimal.ONE, 10)
                .withCupSizes(EnumSet.copyOf(cupSizes))
                .withDescription("", "", description == null ? "" : description.strip());
        coffee.manage(price, stock, false);
        em.persist(coffee);
        em.flush();
        return coffee;
    }

    static String slugOf(String name) {
        if (name == null) {
            return "";
        }
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public List<Customer> customers(String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")) + "%";
        return em.createQuery("SELECT c FROM Customer c WHERE LOWER(c.email) LIKE :text OR LOWER(c.fullName) LIKE :text ORDER BY c.createdAt DESC",
                        Customer.class)
                .setParameter("text", like)
                .setMaxResults(200)
                .getResultList();
    }

    /** Figures of the last {@code days} days (orders not cancelled). */
    public Dashboard dashboard(int days) {
        LocalDate today = LocalDate.now(CartService.SHOP_ZONE);
        LocalDate first = today.minusDays(days - 1L);
        Instant since = first.atStartOfDay(CartService.SHOP_ZONE).toInstant();
        Map<LocalDate, BigDecimal> revenue = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            revenue.put(day, BigDecimal.ZERO.setScale(2));
        }
        List<Object[]> orders = em.createQuery("SELECT o.placedAt, o.total FROM CustomerOrder o WHERE o.placedAt >= :since AND o.status <> :cancelled",
                        Object[].class)
                .setParameter("since", since)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .getResultList();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Object[] row : orders) {
            LocalDate day = ((Instant) row[0]).atZone(CartService.SHOP_ZONE).toLocalDate();
            revenue.merge(day, (BigDecimal) row[1], BigDecimal::add);
            total = total.add((BigDecimal) row[1]);
        }
        List<Dashboard.TopProduct> top = em.createQuery("SELECT l.productName, SUM(l.quantity), SUM(l.unitPrice * l.quantity) FROM OrderLine l"
                        + " WHERE l.order.placedAt >= :since AND l.order.status <> :cancelled GROUP BY l.productName ORDER BY SUM(l.quantity) DESC",
                        Object[].class)
                .setParameter("since", since)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setMaxResults(10)
                .getResultStream()
                .map(row -> new Dashboard.TopProduct((String) row[0], ((Number) row[1]).longValue(), (BigDecimal) row[2]))
                .toList();
        Map<String, Long> subscriptions = new LinkedHashMap<>();
        for (SubscriptionStatus status : SubscriptionStatus.values()) {
            subscriptions.put(status.label(), em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.status = :status", Long.class)
                    .setParameter("status", status).getSingleResult());
        }
        long customers = em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult();
        return new Dashboard(revenue, top, subscriptions, orders.size(), total, customers);
    }

    private Product product(Class<? extends Product> kind, long id) {
        Product product = em.find(kind, id);
        if (product == null) {
            throw new InvalidInputException("product", "This product no longer exists.");
        }
        return product;
    }
}
