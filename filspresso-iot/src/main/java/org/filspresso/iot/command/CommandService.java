package org.filspresso.iot.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.filspresso.catalog.CatalogService;
import org.filspresso.iot.device.Device;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.notification.NotificationService;
import org.filspresso.query.InvalidInputException;

/**
 * The command lifecycle. Guarantees (see the README): a command is handed to one device request
 * only — the claim is a conditional UPDATE that only one transaction can win, on any number of
 * servers; a dispatched command whose lease runs out goes back to pending; once brewing it is never
 * handed out again; repeated updates change nothing; every change is a row in command_history.
 */
@ApplicationScoped
@Transactional
public class CommandService {

    /** How long a device has to confirm "brewing" after picking a command up. */
    public static final Duration LEASE = Duration.ofSeconds(60);
    /** A command nobody picks up within this time expires. */
    public static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "iot")
    private EntityManager em;

    @Inject
    private DeviceService devices;

    @Inject
    private CatalogService catalog;

    @Inject
    private CommandDispatch dispatch;

    @Inject
    private NotificationService notifications;

    @Inject
    private WorkHints hints;

    /** Observed after commit by whoever shows live status (the brew page). */
    @Inject
    private Event<CommandChanged> changes;

    /**
     * Creates a pending command for a machine.
     *
     * @param ownerId the signed-in owner creating it, or null for an API client (any machine)
     */
    public BrewCommand create(NewCommand request, Long ownerId, Caller caller, Instant now) {
        Device device = devices.device(request.machineId())
                .filter(found -> ownerId == null || found.ownerId() == ownerId)
                .orElseThrow(() -> new UnknownMachineException(request.machineId()));
        InvalidInputException.throwIf(RecipeRules.problems(request.recipe(), device.system(), catalog.volumeTable()));
        // The operator rule: a machine that keeps failing gets commands it must not execute.
        boolean executeAllowed = request.executeAllowed() && !device.executionBlocked();
        BrewCommand command = new BrewCommand(device.id(), request.recipe(), executeAllowed, request.metaJson(),
                request.accessoryInstructionsJson(), caller.name(), now, now.plus(PENDING_LIFETIME));
        em.persist(command);
        em.flush();
        em.persist(new CommandHistory(command.id(), null, CommandStatus.PENDING, request.metaJson(), caller, now));
        dispatch.announce(device.id(), command.id());
        changes.fire(new CommandChanged(command.id(), device.id(), CommandStatus.PENDING, request.metaJson()));
        return command;
    }

    /**
     * Hands the oldest pending command of this device to the caller, or nothing. First returns
     * lapsed leases to pending and expires stale commands of the device.
     */
    public Optional<BrewCommand> claim(long deviceId, Caller caller, Instant now) {
        if (!hints.mayHaveWork(deviceId)) {
            return Optional.empty();
        }
        long mark = hints.mark(deviceId);
        List<BrewCommand> open = em.createQuery("SELECT c FROM BrewCommand c WHERE c.deviceId = :device AND c.status IN :open"
                        + " ORDER BY c.createdAt, c.id", BrewCommand.class)
                .setParameter("device", deviceId)
                .setParameter("open", List.of(CommandStatus.PENDING, CommandStatus.DISPATCHED))
                .getResultList();
        for (BrewCommand command : open) {
            if (command.status() == CommandStatus.DISPATCHED && command.leaseUntil() != null && now.isAfter(command.leaseUntil())) {
                transitionIf(command.id(), CommandStatus.DISPATCHED, CommandStatus.PENDING, null, "{\"reason\":\"lease expired\"}", Caller.SYSTEM, now);
            } else if (command.status() == CommandStatus.PENDING && now.isAfter(command.expiresAt())) {
                transitionIf(command.id(), CommandStatus.PENDING, CommandStatus.EXPIRED, null, "{\"reason\":\"not picked up in time\"}", Caller.SYSTEM, now);
            }
        }
        for (BrewCommand command : open) {
            boolean stillPending = command.status() == CommandStatus.PENDING && !now.isAfter(command.expiresAt());
            boolean leaseLapsed = command.status() == CommandStatus.DISPATCHED && command.leaseUntil() != null && now.isAfter(command.leaseUntil());
            if ((stillPending || leaseLapsed)
                    && transitionIf(command.id(), CommandStatus.PENDING, CommandStatus.DISPATCHED, now.plus(LEASE), "{}", caller, now)) {
                em.detach(command);
                return Optional.of(em.find(BrewCommand.class, command.id()));
            }
        }
        if (open.isEmpty()) {
            hints.noOpenCommands(deviceId, mark);
        }
        return Optional.empty();
    }

    /**
     * A device reports progress. Repeating the current status changes nothing; a status the
     * command cannot reach from where it is throws {@link IllegalTransitionException} (409).
     */
    public BrewCommand report(long deviceId, long commandId, CommandStatus reported, String metaJson, Caller caller, Instant now) {
        BrewCommand command = Optional.ofNullable(em.find(BrewCommand.class, commandId, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.deviceId() == deviceId)
                .orElseThrow(() -> new UnknownCommandException(commandId));
        if (command.status() == reported) {
            return command;
        }
        CommandStatus before = command.status();
        command.moveTo(reported, now);
        em.persist(new CommandHistory(command.id(), before, reported, metaJson, caller, now));
        changes.fire(new CommandChanged(command.id(), deviceId, reported, metaJson));
        Device device = devices.device(deviceId).orElseThrow();
        if (reported == CommandStatus.FAILED) {
            device.brewFailed();
        } else if (reported == CommandStatus.COMPLETE) {
            device.brewSucceeded();
            notifications.notify(device.ownerId(), "Your coffee is ready", "Your " + command.recipe().capsuleVariant().replace('_', ' ')
                    + " on " + device.name() + " is ready.");
        }
        return command;
    }

    /**
     * Cancels a command that has not started brewing.
     *
     * @param ownerId the owner cancelling it, or null for an administrator
     */
    public BrewCommand cancel(long commandId, Long ownerId, Caller caller, Instant now) {
        BrewCommand command = Optional.ofNullable(em.find(BrewCommand.class, commandId, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> ownerId == null || devices.device(found.deviceId()).map(Device::ownerId).orElse(-1L).equals(ownerId))
                .orElseThrow(() -> new UnknownCommandException(commandId));
        CommandStatus before = command.status();
        command.moveTo(CommandStatus.CANCELLED, now);
        em.persist(new CommandHistory(command.id(), before, CommandStatus.CANCELLED, "{}", caller, now));
        changes.fire(new CommandChanged(command.id(), command.deviceId(), CommandStatus.CANCELLED, "{}"));
        return command;
    }

    /** The administrator's switch: whether the device may act on this command. */
    public BrewCommand allowExecution(long commandId, boolean allowed, Caller caller, Instant now) {
        BrewCommand command = Optional.ofNullable(em.find(BrewCommand.class, commandId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new UnknownCommandException(commandId));
        command.allowExecution(allowed, now);
        em.persist(new CommandHistory(command.id(), command.status(), command.status(), "{\"execute_allowed\":" + allowed + "}", caller, now));
        return command;
    }

    /** A new pending command with the recipe of a finished one (an administrator's retry). */
    public BrewCommand retry(long commandId, Caller caller, Instant now) {
        BrewCommand old = command(commandId).orElseThrow(() -> new UnknownCommandException(commandId));
        Recipe recipe = old.recipe();
        return create(new NewCommand(old.deviceId(), new Recipe(recipe.volumeMl(), recipe.temperatureC(), recipe.preInfusionMs(),
                recipe.capsuleType(), recipe.capsuleVariant()), old.executeAllowed(), old.meta(), old.accessoryInstructions()), null, caller, now);
    }

    /** The newest commands, optionally of one status and one device (the administrator's queue, a machine's history). */
    public List<BrewCommand> recent(CommandStatus status, Long deviceId, int max) {
        return em.createQuery("SELECT c FROM BrewCommand c WHERE (:status IS NULL OR c.status = :status)"
                        + " AND (:device IS NULL OR c.deviceId = :device) ORDER BY c.createdAt DESC, c.id DESC", BrewCommand.class)
                .setParameter("status", status)
                .setParameter("device", deviceId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Failed brews per device id since a moment, most failing first (the administrator's failure stats). */
    public List<Object[]> failuresSince(Instant since) {
        return em.createQuery("SELECT c.deviceId, COUNT(c) FROM BrewCommand c WHERE c.status = :failed AND c.updatedAt >= :since"
                        + " GROUP BY c.deviceId ORDER BY COUNT(c) DESC", Object[].class)
                .setParameter("failed", CommandStatus.FAILED)
                .setParameter("since", since)
                .getResultList();
    }

    /** A command as its reader may see it: any, for an API client or administrator (null), else only the owner's machines'. */
    public Optional<BrewCommand> commandVisibleTo(long commandId, Long ownerId) {
        return command(commandId)
                .filter(found -> ownerId == null || devices.device(found.deviceId()).map(Device::ownerId).orElse(-1L).equals(ownerId));
    }

    public Optional<BrewCommand> command(long commandId) {
        return Optional.ofNullable(em.find(BrewCommand.class, commandId));
    }

    public List<CommandHistory> history(long commandId) {
        return em.createQuery("SELECT h FROM CommandHistory h WHERE h.commandId = :command ORDER BY h.occurredAt, h.id", CommandHistory.class)
                .setParameter("command", commandId)
                .getResultList();
    }

    /**
     * Moves a command from one status to another only if it is still in the first: the database
     * decides, so of two servers trying at once exactly one wins. Returns whether this call won.
     */
    private boolean transitionIf(long commandId, CommandStatus from, CommandStatus to, Instant leaseUntil, String meta,
                                 Caller caller, Instant now) {
        int changed = em.createNativeQuery("UPDATE brew_command SET status = ?, lease_until = ?, updated_at = ?, version = version + 1,"
                        + " delivery_count = delivery_count + ? WHERE id = ? AND status = ?")
                .setParameter(1, to.name())
                .setParameter(2, leaseUntil == null ? null : utc(leaseUntil))
                .setParameter(3, utc(now))
                .setParameter(4, to == CommandStatus.DISPATCHED ? 1 : 0)
                .setParameter(5, commandId)
                .setParameter(6, from.name())
                .executeUpdate();
        if (changed == 1) {
            em.persist(new CommandHistory(commandId, from, to, meta, caller, now));
            changes.fire(new CommandChanged(commandId, deviceIdOf(commandId), to, meta));
        }
        return changed == 1;
    }

    private long deviceIdOf(long commandId) {
        return ((Number) em.createNativeQuery("SELECT device_id FROM brew_command WHERE id = ?").setParameter(1, commandId)
                .getSingleResult()).longValue();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
