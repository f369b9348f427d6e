package org.filspresso.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** The stored form of a {@link Turn}. */
@Entity
@Table(name = "conversation_turn")
class ConversationTurn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Column(name = "turn_no", nullable = false)
    private int turnNo;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String content;

    private String model;

    private Boolean grounded;

    private String note;

    @Convert(converter = SourcesConverter.class)
    private List<Turn.Source> sources;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConversationTurn() {
        // for JPA
    }

    ConversationTurn(Conversation conversation, int turnNo, Turn turn, Instant createdAt) {
        this.conversation = conversation;
        this.turnNo = turnNo;
        this.role = turn.role();
        this.content = turn.content();
        this.model = turn.model();
        this.grounded = turn.grounded();
        this.note = turn.note();
        this.sources = turn.sources().isEmpty() ? null : turn.sources();
        this.createdAt = createdAt;
    }

    int turnNo() {
        return turnNo;
    }

    Turn turn() {
        return new Turn(role, content, model, grounded, note, sources);
    }
}
