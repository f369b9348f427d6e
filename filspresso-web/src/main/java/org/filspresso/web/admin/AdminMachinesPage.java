package org.filspresso.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.filspresso.iot.command.BrewCommand;
import org.filspresso.iot.command.Caller;
import org.filspresso.iot.command.CommandService;
import org.filspresso.iot.command.CommandStatus;
import org.filspresso.iot.command.IllegalTransitionException;
import org.filspresso.iot.command.UnknownCommandException;
import org.filspresso.iot.device.ApiClient;
import org.filspresso.iot.device.ApiClientService;
import org.filspresso.iot.device.Device;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.account.CurrentUser;
import org.filspresso.web.platform.FormErrors;

/** Backs /admin/machines?status=&machine=: every paired machine, the command queue and failure figures. */
@Named("adminMachines")
@RequestScoped
public class AdminMachinesPage {

    static final int MAX = 200;

    @Inject
    DeviceService devices;

    @Inject
    CommandService commands;

    @Inject
    CurrentUser user;

    @Inject
    ApiClientService apiClients;

    private String status;
    private Long machine;
    private String clientName;
    /** A key just created: shown once on this page, never stored in clear. */
    private String newKey;

    public List<Device> getMachines() {
        return devices.all();
    }

    public List<BrewCommand> getQueue() {
        CommandStatus filter = status == null || status.isBlank() ? null
                : Arrays.stream(CommandStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        return commands.recent(filter, machine, MAX);
    }

    /** Failed brews per machine over the last 30 days: {machine id, count}. */
    public List<Object[]> getFailures() {
        return commands.failuresSince(Instant.now().minus(Duration.ofDays(30)));
    }

    public List<CommandStatus> getStatuses() {
        return Arrays.asList(CommandStatus.values());
    }

    public void clearBlock(long deviceId) {
        devices.clearExecutionBlock(deviceId);
        FormErrors.info("Machine " + deviceId + " executes commands again.");
    }

    public void toggleExecution(long commandId, boolean allowed) {
        commands.allowExecution(commandId, allowed, admin(), Instant.now());
        FormErrors.info("Command " + commandId + (allowed ? " may run." : " will be delivered but not executed."));
    }

    public void cancel(long commandId) {
        try {
            commands.cancel(commandId, null, admin(), Instant.now());
            FormErrors.info("Command " + commandId + " cancelled.");
        } catch (IllegalTransitionException | UnknownCommandException e) {
            FormErrors.global(e.getMessage());
        }
    }

    public void retry(long commandId) {
        BrewCommand copy = commands.retry(commandId, admin(), Instant.now());
        FormErrors.info("Command " + commandId + " sent again as command " + copy.id() + ".");
    }

    public List<ApiClient> getApiClients() {
        return apiClients.all();
    }

    public void createApiClient() {
        try {
            newKey = apiClients.create(clientName).key();
            clientName = null;
        } catch (InvalidInputException e) {
            FormErrors.show("apiClients", e.errors());
        }
    }

    public void revokeApiClient(long clientId) {
        apiClients.revoke(clientId);
        FormErrors.info("API key revoked.");
    }

    public String getNewKey() { return newKey; }
    public String getClientName() { return clientName; }
    public void setClientName(String clientName) { this.clientName = clientName; }

    private Caller admin() {
        return new Caller("admin:" + user.getEmail(), org.omnifaces.util.Faces.getRemoteAddr());
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getMachine() { return machine; }
    public void setMachine(Long machine) { this.machine = machine; }
}
