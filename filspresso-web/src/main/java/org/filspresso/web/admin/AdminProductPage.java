package org.filspresso.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Optional;
import org.filspresso.admin.BackOfficeService;
import org.filspresso.cart.CartService;
import org.filspresso.cart.CatalogItem;
import org.filspresso.cart.ProductKind;
import org.filspresso.cart.ProductRef;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.Product;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.platform.FormErrors;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs /admin/product/{ref}, e.g. /admin/product/coffee-12: name, description, price, stock and
 * publication of one coffee or machine. The form posts back to the same address, so the path
 * parameter names the product on the save as well.
 */
@Named("adminProduct")
@RequestScoped
public class AdminProductPage {

    @Inject
    CartService carts;

    @Inject
    BackOfficeService backOffice;

    @Inject
    @Param(pathIndex = 0)
    String ref;

    private Optional<Product> product;

    private String name;
    private String description;
    private BigDecimal price;
    private Integer stock;
    private boolean published;

    /** The product named by the address, published or not (the cart service reads either kind by its ref). */
    public Product getProduct() {
        if (product == null) {
            product = ProductRef.parse(ref).flatMap(parsed -> carts.product(parsed, LockModeType.NONE));
        }
        return product.orElse(null);
    }

    /** Fills the form on the first visit; an unknown or malformed ref answers 404. */
    public void load() {
        Product found = getProduct();
        if (found == null) {
            Faces.responseSendError(404, "No such product");
            Faces.responseComplete();
            return;
        }
        name = found.name();
        description = found.description();
        price = found.priceRon();
        stock = found.stock();
        published = found.published();
    }

    public void save() {
        Product current = getProduct();
        if (current == null) {
            FormErrors.global("This product no longer exists.");
            return;
        }
        try {
            Class<? extends Product> kind = current instanceof Coffee ? Coffee.class : Machine.class;
            // The stock input is required, so the page never submits an empty one.
            backOffice.edit(kind, current.id(), name, description, price, stock, published);
            FormErrors.infoAfterRedirect("Saved " + name.strip() + ".");
            // Back to the product's canonical address (the path may have been spelled "Coffee-012").
            Faces.redirect("admin/product/" + (current instanceof Coffee ? ProductRef.coffee(current.id()) : ProductRef.machine(current.id())));
        } catch (InvalidInputException e) {
            FormErrors.show("product", e.errors());
        } catch (jakarta.ejb.EJBException e) {
            // The commit failed: most likely another administrator saved this product meanwhile (its version moved on).
            FormErrors.global("The product could not be saved, perhaps because it was changed meanwhile. Reload the page and try again.");
        }
    }

    public String getKind() {
        return ProductRef.parse(ref).map(parsed -> parsed.kind() == ProductKind.COFFEE ? "Coffee" : "Machine").orElse("");
    }

    /** The shop's page of the product, for a published one. */
    public String getShopPath() {
        Product current = getProduct();
        return current == null ? "" : CatalogItem.of(current).path();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
