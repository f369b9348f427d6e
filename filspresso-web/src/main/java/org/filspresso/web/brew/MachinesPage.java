package org.filspresso.web.brew;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.iot.command.BrewCommand;
import org.filspresso.iot.command.Caller;
import org.filspresso.iot.command.CommandService;
import org.filspresso.iot.command.IllegalTransitionException;
import org.filspresso.iot.command.UnknownCommandException;
import org.filspresso.iot.device.Device;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.account.CurrentUser;
import org.filspresso.web.platform.FormErrors;

/** Backs /account/machines: pairing, tokens (shown once), and the brew history of the customer's machines. */
@Named
@ViewScoped
public class MachinesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DeviceService devices;

    @Inject
    CommandService commands;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser user;

    private Long slotMachine;
    private Integer slot = 1;
    private Long slotCoffee;
    private String name;
    private String model;
    private CapsuleSystem system = CapsuleSystem.ORIGINAL;
    /** A token just issued: shown on this page once, never stored in clear. */
    private String newToken;
    private Long newTokenDevice;

    public List<Device> getMachines() {
        return devices.devicesOf(user.id());
    }

    public List<BrewCommand> getHistory() {
        List<BrewCommand> history = new ArrayList<>();
        getMachines().forEach(device -> history.addAll(commands.recent(null, device.id(), 20)));
        history.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return history.size() > 20 ? history.subList(0, 20) : history;
    }

    public String machineName(long deviceId) {
        return getMachines().stream().filter(d -> d.id() == deviceId).map(Device::name).findFirst().orElse("");
    }

    /** "/brew?coffee=12" for a command made from the brew page (its meta names the coffee), else empty. */
    public String brewAgain(BrewCommand command) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(command.meta()))) {
            jakarta.json.JsonObject meta = reader.readObject();
            return meta.containsKey("coffee_id") ? "/brew?coffee=" + meta.getJsonNumber("coffee_id").longValue() : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    public String label(BrewCommand command) {
        return BrewLabels.of(command.status());
    }

    public void pair() {
        try {
            DeviceService.Pairing pairing = devices.pair(user.id(), name, model, system);
            show(pairing);
            name = null;
            model = null;
        } catch (InvalidInputException e) {
            FormErrors.show("pair", e.errors());
        }
    }

    /** "Slot 2: Kazaar" lines for a machine's magazine. */
    public List<String> magazine(Device device) {
        List<String> lines = new ArrayList<>();
        device.slots().forEach((number, coffeeId) -> lines.add("Slot " + number + ": " + coffeeName(coffeeId)));
        return lines;
    }

    private String coffeeName(long coffeeId) {
        return catalog.findCoffees(org.filspresso.catalog.CoffeeQuery.all()).stream().filter(c -> c.id() == coffeeId)
                .map(org.filspresso.catalog.Coffee::name).findFirst().orElse("coffee " + coffeeId);
    }

    public void loadSlot() {
        try {
            devices.loadSlot(user.id(), slotMachine == null ? -1 : slotMachine, slot == null ? 0 : slot, slotCoffee);
            FormErrors.info(slotCoffee == null ? "Slot " + slot + " emptied." : "Slot " + slot + " loaded.");
        } catch (InvalidInputException e) {
            FormErrors.show("magazine", e.errors());
        }
    }

    public List<org.filspresso.catalog.Coffee> getAllCoffees() {
        return catalog.findCoffees(org.filspresso.catalog.CoffeeQuery.all());
    }

    public List<Integer> getSlots() {
        return java.util.stream.IntStream.rangeClosed(1, DeviceService.MAGAZINE_SLOTS).boxed().toList();
    }

    public void rotate(long deviceId) {
        try {
            show(devices.rotateToken(user.id(), deviceId));
        } catch (InvalidInputException e) {
            FormErrors.global(e.getMessage());
        }
    }

    public void revoke(long deviceId) {
        try {
            devices.revokeToken(user.id(), deviceId);
            FormErrors.info("The machine's token was revoked: it can no longer ask for commands.");
        } catch (InvalidInputException e) {
            FormErrors.global(e.getMessage());
        }
    }

    public void cancel(long commandId) {
        try {
            commands.cancel(commandId, user.id(), new Caller("customer:" + user.getEmail(), null), Instant.now());
            FormErrors.info("Brew cancelled.");
        } catch (IllegalTransitionException | UnknownCommandException e) {
            FormErrors.global(e.getMessage());
        }
    }

    private void show(DeviceService.Pairing pairing) {
        newToken = pairing.token();
        newTokenDevice = pairing.device().id();
    }

    /** Catalog machine names, suggested for the model field. */
    public List<String> getModels() {
        return catalog.findMachines(MachineQuery.parse(java.util.Map.of())).stream().map(Machine::name).toList();
    }

    public List<CapsuleSystem> getSystems() {
        return Arrays.asList(CapsuleSystem.values());
    }

    public Long getSlotMachine() { return slotMachine; }
    public void setSlotMachine(Long slotMachine) { this.slotMachine = slotMachine; }
    public Integer getSlot() { return slot; }
    public void setSlot(Integer slot) { this.slot = slot; }
    public Long getSlotCoffee() { return slotCoffee; }
    public void setSlotCoffee(Long slotCoffee) { this.slotCoffee = slotCoffee; }
    public String getNewToken() { return newToken; }
    public Long getNewTokenDevice() { return newTokenDevice; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public CapsuleSystem getSystem() { return system; }
    public void setSystem(CapsuleSystem system) { this.system = system; }
}
