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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** A coffee sold as sleeves of capsules of one system. Identified in URLs by (system, slug). */
@Entity
@Cacheable
@NamedQuery(name = Coffee.ALL, query = "SELECT c FROM Coffee c",
        // The whole range is read on every listing; EclipseLink drops this cached result whenever a
        // coffee changes through the persistence unit.
        hints = @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE))
@Table(name = "coffee")
public class Coffee extends Product {

    public static final String ALL = "Coffee.all";

    @Column(name = "range_name", nullable = false)
    private String range;

    @Column(name = "range_name_fr", nullable = false)
    private String rangeFr;

    /** 1 (mildest) to 13; null for coffees the maker does not rate (e.g. cold brew). */
    private Integer intensity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Roast roast;

    @Column(nullable = false)
    private String beans;

    private boolean decaf;
    private boolean flavoured;
    private boolean organic;

    @Column(name = "unit_count", nullable = false)
    private int unitCount;

    @Column(name = "tasting_notes", nullable = false)
    private String tastingNotes;

    @Column(name = "capsule_color", nullable = false)
    private String capsuleColor;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "coffee_cup_size", joinColumns = @JoinColumn(name = "coffee_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "cup_size")
    private Set<CupSize> cupSizes = EnumSet.noneOf(CupSize.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "coffee_origin", joinColumns = @JoinColumn(name = "coffee_id"))
    @Column(name = "country")
    private Set<String> origins = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "coffee_note", joinColumns = @JoinColumn(name = "coffee_id"))
    @Column(name = "note")
    private Set<String> notes = new TreeSet<>();

    protected Coffee() {
        // for JPA
    }

    /** For tests and the back office: a coffee with the facts the catalog filters on. */
    public Coffee(CapsuleSystem system, String slug, String name, Integer intensity, BigDecimal priceRon, int unitCount) {
        super(system, slug, name, priceRon);
        this.intensity = intensity;
        this.unitCount = unitCount;
        this.range = "";
        this.rangeFr = "";
        this.roast = Roast.MEDIUM;
        this.beans = "Arabica";
        this.tastingNotes = "";
        this.capsuleColor = "#6b4f3a";
    }

    public String range() {
        return range;
    }

    public String rangeFr() {
        return rangeFr;
    }

    public Integer intensity() {
        return intensity;
    }

    public Roast roast() {
        return roast;
    }

    public String beans() {
        return beans;
    }

    public boolean decaf() {
        return decaf;
    }

    public boolean flavoured() {
        return flavoured;
    }

    public boolean organic() {
        return organic;
    }

    public int unitCount() {
        return unitCount;
    }

    public BigDecimal pricePerCapsule() {
        return priceRon().divide(BigDecimal.valueOf(unitCount), 2, RoundingMode.HALF_UP);
    }

    public String tastingNotes() {
        return tastingNotes;
    }

    public String capsuleColor() {
        return capsuleColor;
    }

    /** Cup sizes in the order of the enum (short to long, then drinks). */
    public SortedSet<CupSize> cupSizes() {
        return new TreeSet<>(cupSizes);
    }

    public SortedSet<String> origins() {
        return new TreeSet<>(origins);
    }

    public SortedSet<String> notes() {
        return new TreeSet<>(notes);
    }

    public Coffee withCupSizes(Set<CupSize> sizes) {
        cupSizes = EnumSet.copyOf(sizes);
        return this;
    }

    public Coffee withOrigins(Set<String> countries) {
        origins = new TreeSet<>(countries);
        return this;
    }

    public Coffee withNotes(Set<String> aromaticNotes) {
        notes = new TreeSet<>(aromaticNotes);
        return this;
    }

    public Coffee withDescription(String rangeName, String tasting, String text) {
        range = rangeName;
        tastingNotes = tasting;
        describe(text);
        return this;
    }

    public Coffee withFlags(boolean isDecaf, int sleevesInStock) {
        decaf = isDecaf;
        stock(sleevesInStock);
        return this;
    }

    @Override
    public String toString() {
        return "Coffee[" + system().code() + "/" + slug() + "]";
    }
}
