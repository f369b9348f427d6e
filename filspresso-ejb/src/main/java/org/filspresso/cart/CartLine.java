package org.filspresso.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One product in a signed-in customer's saved cart. */
@Entity
@Table(name = "cart_line")
@IdClass(CartLine.Key.class)
public class CartLine {

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "product_kind")
    private ProductKind productKind;

    @Id
    @Column(name = "product_id")
    private long productId;

    private int quantity;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CartLine() {
        // for JPA
    }

    public CartLine(long customerId, ProductRef product, int quantity, Instant addedAt) {
        this.customerId = customerId;
        this.productKind = product.kind();
        this.productId = product.id();
        this.quantity = quantity;
        this.addedAt = addedAt;
    }

    public ProductRef product() {
        return new ProductRef(productKind, productId);
    }

    public int quantity() {
        return quantity;
    }

    public void quantity(int quantity) {
        this.quantity = quantity;
    }

    /** The composite primary key. (A plain class: JPA sets id-class fields by reflection, which records forbid.) */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long customerId;
        private ProductKind productKind;
        private long productId;

        public Key() {
        }

        public Key(long customerId, ProductKind productKind, long productId) {
            this.customerId = customerId;
            this.productKind = productKind;
            this.productId = productId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.customerId == customerId && key.productKind == productKind && key.productId == productId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(customerId, productKind, productId);
        }
    }
}
