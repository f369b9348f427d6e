package org.filspresso.iot.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit log: every creation and status change of a command — old, new, meta, who, from where, when. */
@Entity
@Table(name = "command_history")
public class CommandHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "command_id")
    private long commandId;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status")
    private CommandStatus oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false)
    private CommandStatus newStatus;

    @Column(nullable = false)
    private String meta;

    @Column(nullable = false)
    private String actor;

    @Column(name = "remote_addr", nullable = false)
    private String remoteAddr;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CommandHistory() {
        // for JPA
    }

    public CommandHistory(long commandId, CommandStatus oldStatus, CommandStatus newStatus, String meta, Caller caller, Instant at) {
        this.commandId = commandId;
        this.oldStatus = oldStatus;
        this.newStatus = newStatus;
        this.meta = meta;
        this.actor = caller.name();
        this.remoteAddr = caller.address();
        this.occurredAt = at;
    }

    public long commandId() { return commandId; }
    public CommandStatus oldStatus() { return oldStatus; }
    public CommandStatus newStatus() { return newStatus; }
    public String meta() { return meta; }
    public String actor() { return actor; }
    public String remoteAddr() { return remoteAddr; }
    public Instant occurredAt() { return occurredAt; }
}
