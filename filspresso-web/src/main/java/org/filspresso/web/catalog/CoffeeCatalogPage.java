package org.filspresso.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.CoffeeSort;
import org.filspresso.catalog.CupSize;

/** Backs /coffees, with the parameters of {@code /api/catalog/coffees}. */
@Named("coffeeCatalog")
@ViewScoped
public class CoffeeCatalogPage extends CatalogFilterPage<Coffee> {
    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    private SortedSet<String> origins;

    @Override
    protected String path() {
        return "/coffees";
    }

    @Override
    protected List<Coffee> find(Map<String, List<String>> parameters) {
        return catalog.findCoffees(CoffeeQuery.parse(parameters));
    }

    public CapsuleSystem[] getSystems() {
        return CapsuleSystem.values();
    }

    public CupSize[] getCupSizes() {
        return CupSize.values();
    }

    /** The orders besides the default (by name), which the form leaves out of the address. */
    public List<CoffeeSort> getSorts() {
        return Arrays.stream(CoffeeSort.values()).filter(sort -> sort != CoffeeSort.NAME).toList();
    }

    /** Read once per view: the filter's options do not change while a shopper uses the page. */
    public SortedSet<String> getOrigins() {
        if (origins == null) {
            origins = catalog.origins();
        }
        return origins;
    }
}
