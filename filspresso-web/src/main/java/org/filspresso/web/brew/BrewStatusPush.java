package org.filspresso.web.brew;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.iot.command.StatusNews;
import org.filspresso.iot.device.Device;
import org.filspresso.iot.device.DeviceService;

/**
 * Tells the owner's open pages on this server that one of their commands moved (Faces WebSocket, channel
 * "brew", addressed to the owner's e-mail); the page then re-reads the status. Sent only after
 * the change is committed, whichever server made it (a device's request, a timer): it hears of it in the cluster news.
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

    void onChange(@Observes StatusNews change) {
        devices.device(change.deviceId()).map(Device::ownerId).map(accounts::customer)
                .map(Customer::email)
                .ifPresent(owner -> brew.send("changed", owner));
    }
}
