package org.filspresso.promo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A customer's use of a single-use code. */
@Entity
@Table(name = "promo_redemption")
@IdClass(PromoRedemption.Key.class)
public class PromoRedemption {

    @Id
    @Column(name = "promo_id")
    private long promoId;

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "redeemed_at", nullable = false)
    private Instant redeemedAt;

    protected PromoRedemption() {
        // for JPA
    }

    PromoRedemption(long promoId, long customerId, long orderId, Instant redeemedAt) {
        this.promoId = promoId;
        this.customerId = customerId;
        this.orderId = orderId;
        this.redeemedAt = redeemedAt;
    }

    /** The composite primary key (a plain class: JPA sets id-class fields by reflection). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long promoId;
        private long customerId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.promoId == promoId && key.customerId == customerId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(promoId, customerId);
        }
    }
}
