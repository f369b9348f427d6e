package org.filspresso.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** What every item of the catalog has, coffee or machine: a system, a name, a price, stock. */
@MappedSuperclass
public abstract class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "capsule_system", nullable = false)
    private CapsuleSystem system;

    /** Unique within the product kind (and, for coffees, within the capsule system). */
    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    /** Price in Romanian lei, VAT included: a sleeve of capsules, or a machine. */
    @Column(name = "price_ron", nullable = false)
    private BigDecimal priceRon;

    @Column(nullable = false)
    private String description;

    private int stock;
    private boolean featured;

    /** Unpublished products stay on old receipts but leave the catalog and carts. */
    private boolean published = true;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    protected Product(CapsuleSystem system, String slug, String name, BigDecimal priceRon) {
        this.system = system;
        this.slug = slug;
        this.name = name;
        this.priceRon = priceRon;
        this.description = "";
    }

    public Long id() {
        return id;
    }

    public CapsuleSystem system() {
        return system;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public BigDecimal priceRon() {
        return priceRon;
    }

    public String description() {
        return description;
    }

    public int stock() {
        return stock;
    }

    public Availability availability() {
        return Availability.of(stock);
    }

    public boolean featured() {
        return featured;
    }

    public boolean published() {
        return published;
    }

    /** Takes units sold out of stock; callers hold a lock on this row (see the checkout). */
    public void takeFromStock(int units) {
        if (units < 1 || units > stock) {
            throw new IllegalStateException("Cannot take " + units + " of " + stock + " units of " + name);
        }
        stock -= units;
    }

    public void returnToStock(int units) {
        stock += units;
    }

    /** Back-office edits: price, stock level, publication. */
    public void manage(BigDecimal price, int stockLevel, boolean published) {
        if (price == null || price.signum() <= 0 || price.scale() > 2) {
            throw new org.filspresso.query.InvalidInputException("price", "The price must be more than 0 lei, with at most 2 decimals.");
        }
        if (stockLevel < 0 || stockLevel > 100_000) {
            throw new org.filspresso.query.InvalidInputException("stock", "The stock must be between 0 and 100 000.");
        }
        this.priceRon = price;
        this.stock = stockLevel;
        this.published = published;
    }

    public void rename(String newName, String newDescription) {
        if (newName == null || newName.isBlank() || newName.length() > 160) {
            throw new org.filspresso.query.InvalidInputException("name", "The name is required (at most 160 characters).");
        }
        if (newDescription == null || newDescription.length() > 2000) {
            throw new org.filspresso.query.InvalidInputException("description", "The description is at most 2000 characters.");
        }
        this.name = newName.strip();
        this.description = newDescription.strip();
    }

    protected void describe(String text) {
        description = text;
    }

    protected void stock(int units) {
        stock = units;
    }
}
