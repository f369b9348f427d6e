package org.filspresso.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a new shop has an administrator. When no account has the ADMIN role, it creates
 * {@code filspresso.admin.email} with {@code filspresso.admin.password} (MicroProfile Config: a
 * system property or the environment variable FILSPRESSO_ADMIN_PASSWORD), or with a generated
 * password written to the domain's config/filspresso-admin-password.txt, readable by its owner only.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "filspresso.admin.email", defaultValue = "admin@filspresso.local")
    private String email;

    @Inject
    @ConfigProperty(name = "filspresso.admin.password")
    private Optional<String> password;

    @PostConstruct
    void ensureAnAdministrator() {
        long admins = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.role = :admin", Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            return;
        }
        String chosen = password.filter(p -> !p.isBlank()).orElseGet(AdminBootstrap::generatePassword);
        accounts.create("Administrator", email, chosen, Role.ADMIN);
        if (password.isPresent()) {
            LOG.info(() -> "Created the first administrator " + email + " with the configured password");
        } else {
            LOG.warning(() -> "Created the first administrator " + email + "; its password is in " + writePasswordFile(chosen));
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder generated = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            generated.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return generated.toString();
    }

    private static Path writePasswordFile(String secret) {
        Path file = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "config", "filspresso-admin-password.txt");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret + System.lineSeparator());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.SEVERE, "Could not write the administrator password file " + file, e);
        }
        return file;
    }
}
