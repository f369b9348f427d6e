package org.filspresso.conversation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed-in customer's conversation with Kafelot: its turns in order, titled by its first
 * question. Only the newest {@link #MAX_TURNS} turns are kept, so a long-running conversation
 * stays readable and its rows bounded.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    public static final int MAX_TURNS = 200;
    static final int TITLE_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private String title;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("turnNo")
    private List<ConversationTurn> turns = new ArrayList<>();

    protected Conversation() {
        // for JPA
    }

    public Conversation(long customerId, String firstQuestion, Instant now) {
        this.customerId = customerId;
        this.title = titleFrom(firstQuestion);
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** The first line of the question, cut at a word near {@link #TITLE_LENGTH} characters. */
    static String titleFrom(String question) {
        String line = question.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
        if (line.length() <= TITLE_LENGTH) {
            return line.isEmpty() ? "Conversation" : line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH - 1);
        return line.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH - 1) + "…";
    }

    /** Appends a question and its answer, dropping the oldest turns beyond {@link #MAX_TURNS}. */
    public void add(Turn question, Turn answer, Instant now) {
        for (Turn turn : List.of(question, answer)) {
            int next = turns.isEmpty() ? 0 : turns.get(turns.size() - 1).turnNo() + 1;
            turns.add(new ConversationTurn(this, next, turn, now));
        }
        while (turns.size() > MAX_TURNS) {
            turns.remove(0);
        }
        updatedAt = now;
    }

    public Long id() { return id; }
    public long customerId() { return customerId; }
    public String title() { return title; }
    public Instant startedAt() { return startedAt; }
    public Instant updatedAt() { return updatedAt; }

    public List<Turn> turns() {
        return turns.stream().map(ConversationTurn::turn).toList();
    }
}
