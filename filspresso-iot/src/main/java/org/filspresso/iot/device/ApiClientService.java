package org.filspresso.iot.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.filspresso.query.InvalidInputException;

/** API keys of integration clients: created by an administrator, shown once, kept as a hash. */
@ApplicationScoped
@Transactional
public class ApiClientService {

    static final String KEY_PREFIX = "fak_";

    @PersistenceContext(unitName = "iot")
    private EntityManager em;

    public record Issued(ApiClient client, String key) {
    }

    public Issued create(String name) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("name", "Name the client in at most 80 characters.");
        }
        String key = DeviceTokens.newSecret(KEY_PREFIX);
        ApiClient client = new ApiClient(name.strip(), DeviceTokens.hash(key), Instant.now());
        em.persist(client);
        em.flush();
        return new Issued(client, key);
    }

    public java.util.List<ApiClient> all() {
        return em.createQuery("SELECT c FROM ApiClient c ORDER BY c.id", ApiClient.class).getResultList();
    }

    public void revoke(long clientId) {
        Optional.ofNullable(em.find(ApiClient.class, clientId)).ifPresent(ApiClient::revoke);
    }

    public Optional<ApiClient> byKey(String key) {
        if (!DeviceTokens.looksLike(key, KEY_PREFIX)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM ApiClient c WHERE c.keyHash = :hash AND c.revoked = FALSE", ApiClient.class)
                .setParameter("hash", DeviceTokens.hash(key))
                .getResultStream()
                .findFirst();
    }
}
