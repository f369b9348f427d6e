package org.filspresso.notification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tells customers what happened without them asking: kept in their account's inbox (the shop has
 * no mail server of its own; a mail sender would hang off {@link #notify}).
 */
@Stateless
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    @PersistenceContext(unitName = "filspresso")
    private EntityManager em;

    public void notify(long customerId, String subject, String body) {
        em.persist(new Notification(customerId, Instant.now(), subject, body));
        LOG.info(() -> "Notified customer " + customerId + ": " + subject);
    }

    public List<Notification> inbox(long customerId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.customerId = :customer ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("customer", customerId)
                .setMaxResults(50)
                .getResultList();
    }

    public long unseen(long customerId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.customerId = :customer AND n.seen = FALSE", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    public void markAllSeen(long customerId) {
        inbox(customerId).forEach(Notification::markSeen);
    }
}
