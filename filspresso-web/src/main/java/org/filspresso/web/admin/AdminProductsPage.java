package org.filspresso.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.filspresso.admin.BackOfficeService;
import org.filspresso.cart.ProductRef;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolume;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CupSize;
import org.filspresso.catalog.Product;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.platform.FormErrors;
import org.omnifaces.util.Faces;

/**
 * Backs /admin/products: every product, published or not, and the form for a new coffee. View
 * scoped so that the table's filtering (ajax) and the form's cup sizes, which follow the chosen
 * capsule system, keep their state between requests.
 */
@Named("adminProducts")
@ViewScoped
public class AdminProductsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BackOfficeService backOffice;

    @Inject
    CatalogService catalog;

    /** A product as the table shows it: plain values, so the view state can hold it. */
    public record Row(String ref, String kind, String system, String name, BigDecimal price, int stock, boolean published)
            implements Serializable {
    }

    private List<Row> products;
    private EnumMap<CapsuleSystem, List<CupSize>> cupSizeChoices;

    private CapsuleSystem system = CapsuleSystem.ORIGINAL;
    private String name;
    private Integer intensity;
    private BigDecimal price;
    private Integer stock;
    private CupSize[] cupSizes;
    private String description;

    public List<Row> getProducts() {
        if (products == null) {
            load();
        }
        return products;
    }

    /** Cup sizes a coffee of the chosen system may list (see {@link #cupSizeChoices}). */
    public List<CupSize> getCupSizeChoices() {
        if (cupSizeChoices == null) {
            load();
        }
        return system == null ? List.of() : cupSizeChoices.get(system);
    }

    /** Read once per view: the table and the cup sizes both come from the whole range. */
    private void load() {
        List<Product> all = backOffice.products();
        products = all.stream().map(AdminProductsPage::row).toList();
        cupSizeChoices = cupSizeChoices(catalog.capsuleVolumes(), all);
    }

    private static Row row(Product product) {
        ProductRef ref = product instanceof Coffee ? ProductRef.coffee(product.id()) : ProductRef.machine(product.id());
        return new Row(ref.toString(), product instanceof Coffee ? "Coffee" : "Machine", product.system().label(),
                product.name(), product.priceRon(), product.stock(), product.published());
    }

    /**
     * Per system: the capsule sizes its machines brew (those with a canonical volume for it), the
     * drinks (sizes without a volume in any system, such as cappuccino), and whatever its coffees
     * already list (the range has a few sizes the volume table does not know for the system).
     */
    static EnumMap<CapsuleSystem, List<CupSize>> cupSizeChoices(List<CapsuleVolume> volumes, List<Product> products) {
        Set<CupSize> drinks = EnumSet.allOf(CupSize.class);
        volumes.forEach(volume -> drinks.remove(volume.cupSize()));
        EnumMap<CapsuleSystem, List<CupSize>> choices = new EnumMap<>(CapsuleSystem.class);
        for (CapsuleSystem capsuleSystem : CapsuleSystem.values()) {
            Set<CupSize> sizes = EnumSet.noneOf(CupSize.class);
            sizes.addAll(drinks);
            volumes.stream().filter(volume -> volume.system() == capsuleSystem).forEach(volume -> sizes.add(volume.cupSize()));
            products.stream()
                    .filter(product -> product instanceof Coffee && product.system() == capsuleSystem)
                    .forEach(coffee -> sizes.addAll(((Coffee) coffee).cupSizes()));
            choices.put(capsuleSystem, List.copyOf(sizes));
        }
        return choices;
    }

    public CapsuleSystem[] getSystems() {
        return CapsuleSystem.values();
    }

    /** Another system: keep only the ticked sizes that still apply to it. */
    public void systemChanged() {
        if (cupSizes != null) {
            List<CupSize> allowed = getCupSizeChoices();
            cupSizes = Arrays.stream(cupSizes).filter(allowed::contains).toArray(CupSize[]::new);
        }
    }

    public void create() {
        try {
            Coffee coffee = backOffice.createCoffee(system, name, intensity, price, stock,
                    cupSizes == null || cupSizes.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(cupSizes)), description);
            FormErrors.infoAfterRedirect("The coffee " + coffee.name() + " was created. It stays out of the shop until you publish it below.");
            Faces.redirect("admin/product/" + ProductRef.coffee(coffee.id()));
        } catch (InvalidInputException e) {
            FormErrors.show("newCoffee", e.errors());
        }
    }

    public CapsuleSystem getSystem() {
        return system;
    }

    public void setSystem(CapsuleSystem system) {
        this.system = system;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getIntensity() {
        return intensity;
    }

    public void setIntensity(Integer intensity) {
        this.intensity = intensity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public CupSize[] getCupSizes() {
        return cupSizes;
    }

    public void setCupSizes(CupSize[] cupSizes) {
        this.cupSizes = cupSizes;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
