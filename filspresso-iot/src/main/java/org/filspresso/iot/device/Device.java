package org.filspresso.iot.device;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.filspresso.catalog.CapsuleSystem;

/**
 * A paired brewing accessory on a customer's machine. It authenticates with its own token, of
 * which only the hash is kept; the owner can rotate or revoke it.
 */
@Entity
@Table(name = "device")
public class Device {

    /** Failures in a row after which new commands go out with execute_allowed=false (the operator rule). */
    public static final int FAILURES_BEFORE_BLOCKING = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String model;

    @Enumerated(EnumType.STRING)
    @Column(name = "capsule_system", nullable = false)
    private CapsuleSystem system;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_issued_at")
    private Instant tokenIssuedAt;

    @Column(name = "firmware_version")
    private String firmwareVersion;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "last_seen_from")
    private String lastSeenFrom;

    @Column(name = "execution_blocked")
    private boolean executionBlocked;

    @Column(name = "consecutive_failures")
    private int consecutiveFailures;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Magazine slot number → coffee id (null for an empty slot). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "device_slot", joinColumns = @JoinColumn(name = "device_id"))
    @MapKeyColumn(name = "slot_no")
    @Column(name = "coffee_id")
    private Map<Integer, Long> slots = new TreeMap<>();

    @Version
    private long version;

    protected Device() {
        // for JPA
    }

    public Device(long ownerId, String name, String model, CapsuleSystem system, Instant createdAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.model = model;
        this.system = system;
        this.createdAt = createdAt;
    }

    /** Replaces the token: the old one stops working at once. */
    public void issueToken(String hash, Instant at) {
        tokenHash = hash;
        tokenIssuedAt = at;
    }

    public void revokeToken() {
        tokenHash = null;
    }

    /** A brew failed; after {@link #FAILURES_BEFORE_BLOCKING} in a row the machine stops executing until an admin clears it. */
    public void brewFailed() {
        consecutiveFailures++;
        if (consecutiveFailures >= FAILURES_BEFORE_BLOCKING) {
            executionBlocked = true;
        }
    }

    public void brewSucceeded() {
        consecutiveFailures = 0;
    }

    public void clearExecutionBlock() {
        executionBlocked = false;
        consecutiveFailures = 0;
    }

    public void loadSlots(Map<Integer, Long> coffeeBySlot) {
        slots.clear();
        slots.putAll(coffeeBySlot);
    }

    public Long id() { return id; }
    public long ownerId() { return ownerId; }
    public String name() { return name; }
    public String model() { return model; }
    public CapsuleSystem system() { return system; }
    public boolean hasToken() { return tokenHash != null; }
    public Instant tokenIssuedAt() { return tokenIssuedAt; }
    public String firmwareVersion() { return firmwareVersion; }
    public Instant lastSeenAt() { return lastSeenAt; }
    public boolean executionBlocked() { return executionBlocked; }
    public int consecutiveFailures() { return consecutiveFailures; }
    public Map<Integer, Long> slots() { return new TreeMap<>(slots); }
}
