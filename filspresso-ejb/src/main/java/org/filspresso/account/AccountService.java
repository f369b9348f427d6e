package org.filspresso.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filspresso.catalog.Machine;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;

/**
 * Accounts: registration, profile, preferences, address book. Every method that reads or changes
 * a customer's data takes the id of the signed-in customer, resolved by the web tier from the
 * security context, and touches nothing that belongs to anyone else.
 */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(PasswordHashing.parameters());
    }

    public Customer register(String fullName, String email, String password) {
        return create(fullName, email, password, Role.CUSTOMER);
    }

    /** Any role: the first administrator (see {@link AdminBootstrap}) is made this way. */
    public Customer create(String fullName, String email, String password, Role role) {
        List<FieldError> errors = new ArrayList<>();
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new FieldError("fullName", "Enter your name (at most 100 characters)."));
        }
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (address.isEmpty()) {
            errors.add(new FieldError("email", "Enter a valid e-mail address, such as ana@example.com."));
        } else if (findByEmail(address.get().value()).isPresent()) {
            errors.add(new FieldError("email", "An account with this e-mail address already exists: sign in instead."));
        }
        PasswordPolicy.violations(password, email).forEach(v -> errors.add(new FieldError("password", v)));
        InvalidInputException.throwIf(errors);

        Customer customer = new Customer(address.get(), passwordHash.generate(password.toCharArray()), name, role, Instant.now());
        em.persist(customer);
        em.flush();
        return customer;
    }

    /** The signed-in customer of a request ({@code SecurityContext.getUserPrincipal()}); empty for anonymous callers. */
    public Optional<Customer> signedIn(Principal principal) {
        return Optional.ofNullable(principal).map(Principal::getName).flatMap(this::findByEmail);
    }

    public Optional<Customer> findByEmail(String email) {
        return EmailAddress.parse(email).flatMap(address -> em.createNamedQuery(Customer.BY_EMAIL, Customer.class)
                .setParameter("email", address.value())
                .getResultStream()
                .findFirst());
    }

    public Customer customer(long customerId) {
        return em.find(Customer.class, customerId);
    }

    public void rename(long customerId, String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInputException("fullName", "Enter your name (at most 100 characters).");
        }
        customer(customerId).rename(name);
    }

    public void changePassword(long customerId, String currentPassword, String newPassword) {
        Customer customer = customer(customerId);
        if (currentPassword == null || !passwordHash.verify(currentPassword.toCharArray(), storedHash(customerId))) {
            throw new InvalidInputException("currentPassword", "The current password is not correct.");
        }
        List<FieldError> errors = new ArrayList<>();
        PasswordPolicy.violations(newPassword, customer.email()).forEach(v -> errors.add(new FieldError("newPassword", v)));
        InvalidInputException.throwIf(errors);
        customer.changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
    }

    private String storedHash(long customerId) {
        return em.createQuery("SELECT c.passwordHash FROM Customer c WHERE c.id = :id", String.class)
                .setParameter("id", customerId)
                .getSingleResult();
    }

    public void updatePreferences(long customerId, CoffeePreferences preferences) {
        for (Long machineId : preferences.machineIds()) {
            if (em.find(Machine.class, machineId) == null) {
                throw new InvalidInputException("machines", "Unknown machine " + machineId + ".");
            }
        }
        customer(customerId).prefer(preferences);
    }

    public List<Address> addresses(long customerId) {
        return em.createQuery("SELECT a FROM Address a WHERE a.customerId = :customer ORDER BY a.id", Address.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    public Optional<Address> address(long customerId, long addressId) {
        return Optional.ofNullable(em.find(Address.class, addressId)).filter(a -> a.customerId() == customerId);
    }

    public static final int MAX_ADDRESSES = 10;

    public Address addAddress(long customerId, PostalAddress postal) {
        if (addresses(customerId).size() >= MAX_ADDRESSES) {
            throw new InvalidInputException("address", "An address book holds at most " + MAX_ADDRESSES + " addresses: remove one first.");
        }
        Address address = new Address(customerId, postal);
        em.persist(address);
        em.flush();
        return address;
    }

    public void removeAddress(long customerId, long addressId) {
        address(customerId, addressId).ifPresent(em::remove);
    }
}
