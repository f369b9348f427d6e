package org.filspresso.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.filspresso.payment.CardBrand;
import org.filspresso.payment.StoredCard;

/** A saved card: the gateway's token and what a shopper needs to recognise the card. Never the number or CVC. */
@Entity
@Table(name = "wallet_card")
public class WalletCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CardBrand brand;

    @Column(name = "last_four", nullable = false)
    private String lastFour;

    @Column(name = "expiry_month")
    private int expiryMonth;

    @Column(name = "expiry_year")
    private int expiryYear;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WalletCard() {
        // for JPA
    }

    public WalletCard(long customerId, StoredCard card, Instant createdAt) {
        this.customerId = customerId;
        this.token = card.token();
        this.brand = card.brand();
        this.lastFour = card.lastFour();
        this.expiryMonth = card.expiryMonth();
        this.expiryYear = card.expiryYear();
        this.holderName = card.holderName();
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String token() {
        return token;
    }

    public CardBrand brand() {
        return brand;
    }

    public String lastFour() {
        return lastFour;
    }

    public String holderName() {
        return holderName;
    }

    public YearMonth expiry() {
        return YearMonth.of(expiryYear, expiryMonth);
    }

    public boolean isExpired(YearMonth current) {
        return expiry().isBefore(current);
    }

    public String label() {
        return brand.displayName() + " •••• " + lastFour + ", expires " + String.format("%02d/%d", expiryMonth, expiryYear);
    }
}
