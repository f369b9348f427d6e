package org.filspresso.web.brew;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.CupSize;
import org.filspresso.iot.command.BrewCommand;
import org.filspresso.iot.command.Caller;
import org.filspresso.iot.command.CommandService;
import org.filspresso.iot.command.NewCommand;
import org.filspresso.iot.command.Recipe;
import org.filspresso.iot.command.UnknownMachineException;
import org.filspresso.iot.device.Device;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.account.CurrentUser;
import org.filspresso.web.platform.FormErrors;
import org.omnifaces.util.Faces;

/**
 * Backs /brew ("Brew with my machine"): choose a machine, a coffee of its capsule system and a cup
 * size; the recipe starts from the size's canonical volume. After "Brew", the page follows the
 * command live (Faces WebSocket) from "Sent" through "Heating" and "Brewing" to "ready".
 */
@Named
@ViewScoped
public class BrewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A typical espresso-machine brewing temperature; the recipe rules allow 70–96 °C. */
    static final int DEFAULT_TEMPERATURE_C = 92;

    @Inject
    DeviceService devices;

    @Inject
    CommandService commands;

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser user;

    private Long machineId;
    private Long coffeeId;
    private CupSize cupSize;
    private Integer volumeMl;
    private Integer temperatureC = DEFAULT_TEMPERATURE_C;
    private Integer preInfusionMs = 0;
    private Long commandId;

    @PostConstruct
    void start() {
        List<Device> machines = getMachines();
        if (!machines.isEmpty()) {
            machineId = machines.get(0).id();
        }
        String coffee = Faces.getRequestParameter("coffee");
        if (coffee != null && coffee.matches("\\d{1,18}")) {
            coffeeId = Long.valueOf(coffee);
            // Prefer a machine that takes this coffee's capsules.
            selectedCoffee().flatMap(c -> machines.stream().filter(m -> m.system() == c.system()).findFirst())
                    .ifPresent(m -> machineId = m.id());
        }
        fitCoffeeToMachine();
    }

    public List<Device> getMachines() {
        return devices.devicesOf(user.id());
    }

    /**
     * What the machine can brew: the coffees in its accessory's magazine when it is loaded (the
     * accessory picks from there), else every coffee of its capsule system (inserted by hand).
     */
    public List<Coffee> getCoffees() {
        return selectedMachine().map(m -> {
            List<Coffee> ofSystem = catalog.findCoffees(CoffeeQuery.forSystem(m.system()));
            if (m.slots().isEmpty()) {
                return ofSystem;
            }
            return ofSystem.stream().filter(c -> m.slots().containsValue(c.id())).toList();
        }).orElse(List.of());
    }

    /** "slot 3" for a coffee in the chosen machine's magazine, else empty. */
    public String slotLabel(Coffee coffee) {
        return slotOf(coffee.id()).map(n -> " — slot " + n).orElse("");
    }

    private Optional<Integer> slotOf(long coffeeId) {
        return selectedMachine().flatMap(m -> m.slots().entrySet().stream().filter(e -> e.getValue() == coffeeId)
                .map(java.util.Map.Entry::getKey).findFirst());
    }

    /** Cup sizes of the chosen coffee that have a canonical volume on the machine's system. */
    public List<CupSize> getCupSizes() {
        CapsuleVolumes volumes = catalog.volumeTable();
        return selectedCoffee().map(c -> c.cupSizes().stream().filter(size -> volumes.volumeMl(c.system(), size).isPresent()).toList())
                .orElse(List.of());
    }

    /** After the machine or coffee changed: keep choices that still fit, default the rest. */
    public void fitCoffeeToMachine() {
        List<Coffee> coffees = getCoffees();
        if (coffeeId == null || coffees.stream().noneMatch(c -> c.id().equals(coffeeId))) {
            coffeeId = coffees.isEmpty() ? null : coffees.get(0).id();
        }
        fitCupSize();
    }

    public void fitCupSize() {
        List<CupSize> sizes = getCupSizes();
        if (cupSize == null || !sizes.contains(cupSize)) {
            cupSize = sizes.isEmpty() ? null : sizes.get(0);
        }
        volumeMl = selectedCoffee().flatMap(c -> cupSize == null ? Optional.empty()
                : Optional.of(catalog.volumeTable().volumeMl(c.system(), cupSize))).filter(v -> v.isPresent())
                .map(v -> v.getAsInt()).orElse(null);
    }

    public void brew() {
        Optional<Coffee> coffee = selectedCoffee();
        Optional<Device> machine = selectedMachine();
        if (machine.isEmpty() || coffee.isEmpty() || cupSize == null) {
            FormErrors.global("Choose a machine, a coffee and a cup size.");
            return;
        }
        Recipe recipe = new Recipe(volumeMl == null ? 0 : volumeMl, temperatureC == null ? 0 : temperatureC,
                preInfusionMs == null ? 0 : preInfusionMs, machine.get().system().name().toLowerCase(Locale.ROOT),
                cupSize.name().toLowerCase(Locale.ROOT));
        String meta = Json.createObjectBuilder().add("source", "web").add("coffee_id", coffee.get().id())
                .add("coffee", coffee.get().name()).build().toString();
        try {
            String instructions = slotOf(coffee.get().id()).map(n -> Json.createObjectBuilder().add("slot", n).build().toString()).orElse(null);
            BrewCommand command = commands.create(new NewCommand(machine.get().id(), recipe, true, meta, instructions), user.id(),
                    new Caller("customer:" + user.getEmail(), Faces.getRemoteAddr()), Instant.now());
            commandId = command.id();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> FormErrors.global(error.message()));
        } catch (UnknownMachineException e) {
            FormErrors.global(e.getMessage());
        }
    }

    /** The command this page follows, read afresh on every (pushed) refresh. */
    public Optional<BrewCommand> getCommand() {
        return commandId == null ? Optional.empty() : commands.command(commandId);
    }

    /** Whether the page still follows a brew under way. */
    public boolean isFollowing() {
        return getCommand().map(c -> !c.status().isFinal()).orElse(false);
    }

    public String getStatusLabel() {
        return getCommand().map(c -> BrewLabels.of(c.status())).orElse("");
    }

    public String getStatusName() {
        return getCommand().map(c -> c.status().wireName()).orElse("");
    }

    private Optional<Device> selectedMachine() {
        return machineId == null ? Optional.empty() : getMachines().stream().filter(m -> m.id().equals(machineId)).findFirst();
    }

    private Optional<Coffee> selectedCoffee() {
        return coffeeId == null ? Optional.empty()
                : catalog.findCoffees(CoffeeQuery.all()).stream().filter(c -> c.id().equals(coffeeId)).findFirst();
    }

    public Long getMachineId() { return machineId; }
    public void setMachineId(Long machineId) { this.machineId = machineId; }
    public Long getCoffeeId() { return coffeeId; }
    public void setCoffeeId(Long coffeeId) { this.coffeeId = coffeeId; }
    public CupSize getCupSize() { return cupSize; }
    public void setCupSize(CupSize cupSize) { this.cupSize = cupSize; }
    public Integer getVolumeMl() { return volumeMl; }
    public void setVolumeMl(Integer volumeMl) { this.volumeMl = volumeMl; }
    public Integer getTemperatureC() { return temperatureC; }
    public void setTemperatureC(Integer temperatureC) { this.temperatureC = temperatureC; }
    public Integer getPreInfusionMs() { return preInfusionMs; }
    public void setPreInfusionMs(Integer preInfusionMs) { this.preInfusionMs = preInfusionMs; }
    public Long getCommandId() { return commandId; }
}
