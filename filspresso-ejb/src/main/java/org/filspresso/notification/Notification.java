package org.filspresso.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to a customer, shown in their account (e.g. a subscription payment that failed). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private boolean seen;

    protected Notification() {
        // for JPA
    }

    public Notification(long customerId, Instant createdAt, String subject, String body) {
        this.customerId = customerId;
        this.createdAt = createdAt;
        this.subject = subject;
        this.body = body;
    }

    public Long id() { return id; }
    public Instant createdAt() { return createdAt; }
    public String subject() { return subject; }
    public String body() { return body; }
    public boolean seen() { return seen; }

    void markSeen() {
        seen = true;
    }
}
