package org.filspresso.iot.command;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One brew asked of one device, with its state, lease and the caller-supplied meta (JSON text). */
@Entity
@Table(name = "brew_command")
public class BrewCommand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_id")
    private long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommandStatus status;

    @Embedded
    private Recipe recipe;

    @Column(name = "execute_allowed")
    private boolean executeAllowed;

    @Column(nullable = false)
    private String meta;

    @Column(name = "accessory_instructions")
    private String accessoryInstructions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "delivery_count")
    private int deliveryCount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BrewCommand() {
        // for JPA
    }

    public BrewCommand(long deviceId, Recipe recipe, boolean executeAllowed, String meta, String accessoryInstructions,
                       String createdBy, Instant createdAt, Instant expiresAt) {
        this.deviceId = deviceId;
        this.recipe = recipe;
        this.executeAllowed = executeAllowed;
        this.meta = meta;
        this.accessoryInstructions = accessoryInstructions;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.expiresAt = expiresAt;
        this.status = CommandStatus.PENDING;
    }

    /** Moves to {@code next}, or throws {@link IllegalTransitionException} naming the current state. */
    public void moveTo(CommandStatus next, Instant at) {
        if (!status.canBecome(next)) {
            throw new IllegalTransitionException(id, status, next);
        }
        status = next;
        updatedAt = at;
        if (next != CommandStatus.DISPATCHED) {
            leaseUntil = null;
        }
    }

    public void allowExecution(boolean allowed, Instant at) {
        executeAllowed = allowed;
        updatedAt = at;
    }

    public Long id() { return id; }
    public long deviceId() { return deviceId; }
    public CommandStatus status() { return status; }
    public Recipe recipe() { return recipe; }
    public boolean executeAllowed() { return executeAllowed; }
    public String meta() { return meta; }
    public String accessoryInstructions() { return accessoryInstructions; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant expiresAt() { return expiresAt; }
    public Instant leaseUntil() { return leaseUntil; }
    public int deliveryCount() { return deliveryCount; }
    public Instant updatedAt() { return updatedAt; }
}
