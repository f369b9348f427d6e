package org.filspresso.wallet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.filspresso.payment.CardDetails;
import org.filspresso.payment.PaymentGateway;
import org.filspresso.payment.StoredCard;
import org.filspresso.query.InvalidInputException;

/** A customer's saved cards. Cards are checked and tokenised by the gateway; only the token is kept. */
@Stateless
public class WalletService {

    public static final int MAX_CARDS = 5;

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    @Inject
    private PaymentGateway gateway;

    public List<WalletCard> cards(long customerId) {
        return em.createQuery("SELECT c FROM WalletCard c WHERE c.customerId = :customer ORDER BY c.id", WalletCard.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    public Optional<WalletCard> card(long customerId, long cardId) {
        return Optional.ofNullable(em.find(WalletCard.class, cardId)).filter(card -> card.customerId() == customerId);
    }

    /** Validates and tokenises the card (InvalidCardException names the wrong fields), then keeps the token. */
    public WalletCard add(long customerId, CardDetails details) {
        if (cards(customerId).size() >= MAX_CARDS) {
            throw new InvalidInputException("card", "A wallet holds at most " + MAX_CARDS + " cards: remove one first.");
        }
        return keep(customerId, gateway.tokenize(details));
    }

    /** Keeps a card the gateway already tokenised (at checkout). */
    public WalletCard keep(long customerId, StoredCard card) {
        WalletCard saved = new WalletCard(customerId, card, Instant.now());
        em.persist(saved);
        em.flush();
        return saved;
    }

    public void remove(long customerId, long cardId) {
        card(customerId, cardId).ifPresent(em::remove);
    }
}
