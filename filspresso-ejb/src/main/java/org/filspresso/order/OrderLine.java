package org.filspresso.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.filspresso.cart.ProductKind;
import org.filspresso.cart.ProductRef;

/** A product as it was sold: name and price copied, so that later catalog changes leave receipts alone. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_kind", nullable = false)
    private ProductKind productKind;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    private int quantity;

    protected OrderLine() {
        // for JPA
    }

    OrderLine(Order order, ProductRef product, String productName, BigDecimal unitPrice, int quantity) {
        this.order = order;
        this.productKind = product.kind();
        this.productId = product.id();
        this.productName = productName;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    public ProductRef product() {
        return new ProductRef(productKind, productId);
    }

    public String productName() {
        return productName;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
