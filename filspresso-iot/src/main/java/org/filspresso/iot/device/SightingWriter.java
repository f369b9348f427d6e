package org.filspresso.iot.device;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saves devices' "last seen" every 30 s in one batch, instead of one write per poll:
 * with thousands of devices polling, per-poll writes would be most of the database's work.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // DeviceService runs its own transaction
public class SightingWriter {

    private static final Logger LOG = Logger.getLogger(SightingWriter.class.getName());

    @Inject
    DeviceDirectory directory;

    @Inject
    DeviceService devices;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void save() {
        List<Sighting> sightings = directory.takeSightings();
        if (sightings.isEmpty()) {
            return;
        }
        try {
            devices.seen(sightings);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not save " + sightings.size() + " device sightings", e);
        }
    }
}
