package org.filspresso.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of a customer's address book. */
@Entity
@Table(name = "address")
public class Address {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Embedded
    private PostalAddress postal;

    protected Address() {
        // for JPA
    }

    public Address(long customerId, PostalAddress postal) {
        this.customerId = customerId;
        this.postal = postal;
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public PostalAddress postal() {
        return postal;
    }
}
