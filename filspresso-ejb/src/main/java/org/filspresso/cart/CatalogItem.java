package org.filspresso.cart;

import java.math.BigDecimal;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.Product;

/** What the cart needs to know of a product, read from the catalog at the moment of pricing. */
public record CatalogItem(ProductRef ref, String name, String path, BigDecimal unitPrice, int stock, boolean published) {

    public static CatalogItem of(Product product) {
        if (product instanceof Coffee coffee) {
            return new CatalogItem(ProductRef.coffee(coffee.id()), coffee.name(),
                    "/coffee/" + coffee.system().name().toLowerCase() + "/" + coffee.slug(),
                    coffee.priceRon(), coffee.stock(), coffee.published());
        }
        Machine machine = (Machine) product;
        return new CatalogItem(ProductRef.machine(machine.id()), machine.name(), "/machine/" + machine.slug(),
                machine.priceRon(), machine.stock(), machine.published());
    }
}
