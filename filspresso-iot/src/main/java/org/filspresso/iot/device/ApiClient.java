package org.filspresso.iot.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An integration client (or an administrator's script) allowed to create commands for any machine. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private boolean revoked;

    protected ApiClient() {
        // for JPA
    }

    public ApiClient(String name, String keyHash, Instant createdAt) {
        this.name = name;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public boolean revoked() { return revoked; }
    public Instant createdAt() { return createdAt; }

    public void revoke() {
        revoked = true;
    }
}
