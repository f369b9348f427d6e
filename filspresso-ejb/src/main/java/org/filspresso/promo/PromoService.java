package org.filspresso.promo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.filspresso.query.InvalidInputException;

/** Promo codes: looked up at the cart, recorded when a single-use code is spent, managed in the back office. */
@Stateless
public class PromoService {

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    public Optional<PromoCode> find(String code) {
        return em.createQuery("SELECT p FROM PromoCode p WHERE p.code = :code", PromoCode.class)
                .setParameter("code", PromoCode.normalise(code))
                .getResultStream()
                .findFirst();
    }

    public boolean usedBy(PromoCode promo, long customerId) {
        return em.createQuery("SELECT COUNT(r) FROM PromoRedemption r WHERE r.promoId = :promo AND r.customerId = :customer", Long.class)
                .setParameter("promo", promo.id())
                .setParameter("customer", customerId)
                .getSingleResult() > 0;
    }

    /** Records the use of a single-use code; the primary key refuses a second use even under a race. */
    public void redeem(PromoCode promo, long customerId, long orderId) {
        if (promo.singleUse()) {
            em.persist(new PromoRedemption(promo.id(), customerId, orderId, Instant.now()));
        }
    }

    public List<PromoCode> all() {
        return em.createQuery("SELECT p FROM PromoCode p ORDER BY p.code", PromoCode.class).getResultList();
    }

    public PromoCode create(String code, PromoCode.PromoTerms terms) {
        PromoCode promo = new PromoCode(code, terms);
        if (find(promo.code()).isPresent()) {
            throw new InvalidInputException("code", "The code " + promo.code() + " already exists.");
        }
        em.persist(promo);
        return promo;
    }

    public PromoCode change(long id, PromoCode.PromoTerms terms) {
        PromoCode promo = em.find(PromoCode.class, id);
        if (promo == null) {
            throw new InvalidInputException("code", "This code no longer exists.");
        }
        promo.change(terms);
        return promo;
    }
}
