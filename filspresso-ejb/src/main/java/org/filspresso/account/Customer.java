package org.filspresso.account;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A shopper or an administrator. The e-mail address (lower-cased) is the sign-in name; the
 * password is kept only as a PBKDF2 hash, which the Jakarta Security identity store checks.
 */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.BY_EMAIL, query = "SELECT c FROM Customer c WHERE c.email = :email")
public class Customer {

    public static final String BY_EMAIL = "Customer.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "intensity_min")
    private Integer intensityMin;

    @Column(name = "intensity_max")
    private Integer intensityMax;

    @Column(name = "prefers_decaf")
    private boolean prefersDecaf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_note", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "note")
    private Set<String> notes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_machine", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "machine_id")
    private Set<Long> machineIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(EmailAddress email, String passwordHash, String fullName, Role role, Instant createdAt) {
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public CoffeePreferences preferences() {
        return new CoffeePreferences(intensityMin, intensityMax, new TreeSet<>(notes), prefersDecaf, machineIds);
    }

    public void rename(String fullName) {
        this.fullName = fullName;
    }

    public void prefer(CoffeePreferences preferences) {
        intensityMin = preferences.intensityMin();
        intensityMax = preferences.intensityMax();
        prefersDecaf = preferences.decaf();
        notes.clear();
        notes.addAll(preferences.notes());
        machineIds.clear();
        machineIds.addAll(preferences.machineIds());
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void promoteTo(Role role) {
        this.role = role;
    }
}
