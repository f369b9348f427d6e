package org.filspresso.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.filspresso.account.AccountService;
import org.filspresso.account.Address;
import org.filspresso.account.CoffeePreferences;
import org.filspresso.account.Customer;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.notification.Notification;
import org.filspresso.notification.NotificationService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.platform.FormErrors;

/** Backs /account: profile, password, coffee preferences, address book, messages. */
@Named
@ViewScoped
public class AccountPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    private String fullName;
    private String currentPassword;
    private String newPassword;
    private Integer intensityMin;
    private Integer intensityMax;
    private boolean decaf;
    private List<String> notes = new ArrayList<>();
    private List<Long> machineIds = new ArrayList<>();
    private final AddressForm address = new AddressForm();

    @PostConstruct
    void load() {
        Customer customer = accounts.customer(user.id());
        fullName = customer.fullName();
        CoffeePreferences preferences = customer.preferences();
        intensityMin = preferences.intensityMin();
        intensityMax = preferences.intensityMax();
        decaf = preferences.decaf();
        notes = new ArrayList<>(preferences.notes());
        machineIds = new ArrayList<>(preferences.machineIds());
    }

    public void saveProfile() {
        try {
            accounts.rename(user.id(), fullName);
            FormErrors.info("Profile saved.");
        } catch (InvalidInputException e) {
            FormErrors.show("profile", e.errors());
        }
    }

    public void changePassword() {
        try {
            accounts.changePassword(user.id(), currentPassword, newPassword);
            FormErrors.info("Password changed.");
        } catch (InvalidInputException e) {
            FormErrors.show("password", e.errors());
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public void savePreferences() {
        try {
            accounts.updatePreferences(user.id(), new CoffeePreferences(intensityMin, intensityMax, new TreeSet<>(notes), decaf,
                    new HashSet<>(machineIds)));
            FormErrors.info("Preferences saved.");
        } catch (InvalidInputException e) {
            FormErrors.show("preferences", e.errors());
        }
    }

    public void addAddress() {
        try {
            accounts.addAddress(user.id(), address.toPostalAddress());
            address.clear();
            FormErrors.info("Address saved.");
        } catch (InvalidInputException e) {
            FormErrors.show("addresses", e.errors());
        }
    }

    public void removeAddress(long addressId) {
        accounts.removeAddress(user.id(), addressId);
        FormErrors.info("Address removed.");
    }

    public void markMessagesRead() {
        notifications.markAllSeen(user.id());
    }

    public List<Address> getAddresses() {
        return accounts.addresses(user.id());
    }

    public List<Notification> getMessages() {
        return notifications.inbox(user.id());
    }

    /** Every aromatic note our coffees have, to choose favourites from. */
    public SortedSet<String> getAllNotes() {
        SortedSet<String> all = new TreeSet<>();
        catalog.findCoffees(CoffeeQuery.all()).forEach(coffee -> all.addAll(coffee.notes()));
        return all;
    }

    public List<Machine> getAllMachines() {
        return catalog.findMachines(MachineQuery.parse(java.util.Map.of()));
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getCurrentPassword() { return null; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return null; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public Integer getIntensityMin() { return intensityMin; }
    public void setIntensityMin(Integer intensityMin) { this.intensityMin = intensityMin; }
    public Integer getIntensityMax() { return intensityMax; }
    public void setIntensityMax(Integer intensityMax) { this.intensityMax = intensityMax; }
    public boolean isDecaf() { return decaf; }
    public void setDecaf(boolean decaf) { this.decaf = decaf; }
    public List<String> getNotes() { return notes; }
    public void setNotes(List<String> notes) { this.notes = notes; }
    public List<Long> getMachineIds() { return machineIds; }
    public void setMachineIds(List<Long> machineIds) { this.machineIds = machineIds; }
    public AddressForm getAddress() { return address; }
}
