-- Kafelot conversations of signed-in customers (visitors keep theirs in the browser only).
-- Same dialect rules as V1. A customer's conversations go with the customer.

CREATE TABLE conversation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id  BIGINT       NOT NULL,
    title        VARCHAR(120) NOT NULL,
    started_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conversation_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

CREATE INDEX ix_conversation_customer ON conversation (customer_id, updated_at);

CREATE TABLE conversation_turn (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    conversation_id  BIGINT        NOT NULL,
    turn_no          INT           NOT NULL,
    role             VARCHAR(16)   NOT NULL,
    content          VARCHAR(4000) NOT NULL,
    -- The assistant's turns: which model wrote it, whether it was checked as grounded, the note shown
    -- with it and its sources as a JSON array of {title, url}.
    model            VARCHAR(16),
    grounded         BOOLEAN,
    note             VARCHAR(1000),
    sources          VARCHAR(4000),
    created_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_conversation_turn UNIQUE (conversation_id, turn_no),
    CONSTRAINT fk_conversation_turn_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE,
    CONSTRAINT ck_conversation_turn_role CHECK (role IN ('user', 'assistant'))
);
