package org.filspresso.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** A capsule machine, or a bundle of a machine with coffee and accessories. */
@Entity
@Cacheable
@NamedQuery(name = Machine.ALL, query = "SELECT m FROM Machine m",
        // The whole range is read on every listing; EclipseLink drops this cached result whenever a
        // machine changes through the persistence unit.
        hints = @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE))
@Table(name = "machine")
public class Machine extends Product {

    public static final String ALL = "Machine.all";

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MachineCategory category;

    @Column(nullable = false)
    private String model;

    @Column(nullable = false)
    private String maker;

    @Column(name = "gift_capsules")
    private int giftCapsules;

    /** Null for Vertuo machines, which brew by centrifugation rather than with a pump. */
    @Column(name = "pump_pressure_bar")
    private Integer pumpPressureBar;

    @Column(name = "water_tank_ml")
    private int waterTankMl;

    @Column(name = "heat_up_seconds")
    private int heatUpSeconds;

    @Column(name = "width_mm")
    private int widthMm;

    @Column(name = "depth_mm")
    private int depthMm;

    @Column(name = "height_mm")
    private int heightMm;

    @Column(name = "weight_kg")
    private BigDecimal weightKg;

    @Enumerated(EnumType.STRING)
    @Column(name = "milk_system", nullable = false)
    private MilkSystem milkSystem;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "machine_colour", joinColumns = @JoinColumn(name = "machine_id"))
    @Column(name = "colour")
    private Set<String> colours = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "machine_cup_size", joinColumns = @JoinColumn(name = "machine_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "cup_size")
    private Set<CupSize> cupSizes = EnumSet.noneOf(CupSize.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "machine_bundle_item", joinColumns = @JoinColumn(name = "machine_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "item")
    private List<String> bundleItems = new ArrayList<>();

    protected Machine() {
        // for JPA
    }

    /** For tests and the back office: a machine with the facts the catalog filters on. */
    public Machine(CapsuleSystem system, String slug, String name, MachineCategory category, MilkSystem milkSystem,
                   BigDecimal priceRon) {
        super(system, slug, name, priceRon);
        this.nameFr = name;
        this.category = category;
        this.milkSystem = milkSystem;
        this.model = name;
        this.maker = "";
        this.weightKg = BigDecimal.ZERO;
    }

    public String nameFr() {
        return nameFr;
    }

    public MachineCategory category() {
        return category;
    }

    public String model() {
        return model;
    }

    public String maker() {
        return maker;
    }

    public int giftCapsules() {
        return giftCapsules;
    }

    public Integer pumpPressureBar() {
        return pumpPressureBar;
    }

    public int waterTankMl() {
        return waterTankMl;
    }

    public int heatUpSeconds() {
        return heatUpSeconds;
    }

    public int widthMm() {
        return widthMm;
    }

    public int depthMm() {
        return depthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public MilkSystem milkSystem() {
        return milkSystem;
    }

    public boolean makesMilkDrinks() {
        return milkSystem != MilkSystem.NONE;
    }

    public SortedSet<String> colours() {
        return new TreeSet<>(colours);
    }

    public SortedSet<CupSize> cupSizes() {
        return new TreeSet<>(cupSizes);
    }

    public List<String> bundleItems() {
        return List.copyOf(bundleItems);
    }

    public Machine withDescription(String text) {
        describe(text);
        return this;
    }

    public Machine withStock(int units) {
        stock(units);
        return this;
    }

    @Override
    public String toString() {
        return "Machine[" + slug() + "]";
    }
}
