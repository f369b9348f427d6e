package org.filspresso.web.brew;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.iot.command.CommandChanged;
import org.filspresso.iot.device.Device;
import org.filspresso.iot.device.DeviceService;

/**
 * Tells the owner's open pages that one of their commands moved (Faces WebSocket, channel
 * "brew", addressed to the owner's e-mail); the page then re-reads the status. Sent only after
 * the change is committed, whichever thread made it (a device's request, a timer).
 */
@ApplicationScoped
public class BrewStatusPush {

    @Inject
    @Push(channel = "brew")
    PushContext brew;

    @Inject
    DeviceService devices;

    @Inject
    AccountService accounts;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommandChanged change) {
        devices.device(change.deviceId()).map(Device::ownerId).map(accounts::customer)
                .map(Customer::email)
                .ifPresent(owner -> brew.send("changed", owner));
    }
}
