package org.filspresso.iot.command;

/** Who acts on a command, for the audit log: "device:12", "customer:ana@example.com", "api:shop-bot", "system". */
public record Caller(String name, String address) {

    public static final Caller SYSTEM = new Caller("system", "-");

    public Caller {
        address = address == null ? "-" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
