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

    protected void describe(String text) {
        description = text;
    }

    protected void stock(int units) {
        stock = units;
    }
}
