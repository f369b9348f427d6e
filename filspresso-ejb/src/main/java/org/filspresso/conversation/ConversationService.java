package org.filspresso.conversation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Kafelot conversations of signed-in customers; each customer reaches only their own. */
@Stateless
public class ConversationService {

    /** How many conversations the history lists, newest first. */
    public static final int LISTED = 50;

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    public List<Conversation> conversations(long customerId) {
        return em.createQuery("SELECT c FROM Conversation c WHERE c.customerId = :customer ORDER BY c.updatedAt DESC, c.id DESC",
                        Conversation.class)
                .setParameter("customer", customerId)
                .setMaxResults(LISTED)
                .getResultList();
    }

    /** Whether this customer has a conversation with this id (its turns are not read). */
    public boolean exists(long customerId, long conversationId) {
        return owned(customerId, conversationId).isPresent();
    }

    /** The conversation with its turns, if it is this customer's. */
    public Optional<Conversation> conversation(long customerId, long conversationId) {
        Optional<Conversation> conversation = owned(customerId, conversationId);
        conversation.ifPresent(Conversation::turns);
        return conversation;
    }

    private Optional<Conversation> owned(long customerId, long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        return conversation == null || conversation.customerId() != customerId ? Optional.empty() : Optional.of(conversation);
    }

    /**
     * Adds a question and its answer to the customer's conversation, or starts a new one when
     * {@code conversationId} is empty or no longer theirs (deleted in another window meanwhile).
     *
     * @return the conversation's id
     */
    public long record(long customerId, Optional<Long> conversationId, Turn question, Turn answer) {
        Instant now = Instant.now();
        Conversation conversation = conversationId.flatMap(id -> owned(customerId, id)).orElseGet(() -> {
            Conversation started = new Conversation(customerId, question.content(), now);
            em.persist(started);
            return started;
        });
        conversation.add(question, answer, now);
        em.flush();
        return conversation.id();
    }

    /** @return false when there was no such conversation of this customer */
    public boolean delete(long customerId, long conversationId) {
        Optional<Conversation> conversation = owned(customerId, conversationId);
        conversation.ifPresent(em::remove);
        return conversation.isPresent();
    }
}
