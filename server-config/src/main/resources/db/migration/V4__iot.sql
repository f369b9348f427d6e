-- IoT: paired brewing accessories ("devices"), their brew commands and the history of every change.
-- Same dialect rules as V1. Tokens and API keys are stored as SHA-256 hashes only.

CREATE TABLE device (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id              BIGINT       NOT NULL,
    name                  VARCHAR(80)  NOT NULL,
    model                 VARCHAR(120) NOT NULL,
    capsule_system        VARCHAR(16)  NOT NULL,
    token_hash            CHAR(64),
    token_issued_at       DATETIME(3),
    firmware_version      VARCHAR(40),
    last_seen_at          DATETIME(3),
    last_seen_from        VARCHAR(64),
    -- The operator rule: after repeated failures, new commands are delivered with execute_allowed=false.
    execution_blocked     BOOLEAN      NOT NULL DEFAULT FALSE,
    consecutive_failures  INT          NOT NULL DEFAULT 0,
    created_at            DATETIME(3)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_device_token UNIQUE (token_hash),
    CONSTRAINT fk_device_owner FOREIGN KEY (owner_id) REFERENCES customer (id),
    CONSTRAINT ck_device_system CHECK (capsule_system IN ('ORIGINAL', 'VERTUO'))
);

CREATE TABLE device_slot (
    device_id  BIGINT   NOT NULL,
    slot_no    SMALLINT NOT NULL,
    coffee_id  BIGINT,
    PRIMARY KEY (device_id, slot_no),
    CONSTRAINT fk_device_slot_device FOREIGN KEY (device_id) REFERENCES device (id) ON DELETE CASCADE,
    CONSTRAINT fk_device_slot_coffee FOREIGN KEY (coffee_id) REFERENCES coffee (id)
);

CREATE TABLE brew_command (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    device_id               BIGINT        NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    volume_ml               INT           NOT NULL,
    temperature_c           INT           NOT NULL,
    pre_infusion_ms         INT           NOT NULL,
    capsule_type            VARCHAR(16)   NOT NULL,
    capsule_variant         VARCHAR(40)   NOT NULL,
    execute_allowed         BOOLEAN       NOT NULL,
    meta                    VARCHAR(4000) NOT NULL,
    accessory_instructions  VARCHAR(4000),
    created_at              DATETIME(3)   NOT NULL,
    created_by              VARCHAR(254)  NOT NULL,
    expires_at              DATETIME(3)   NOT NULL,
    lease_until             DATETIME(3),
    delivery_count          INT           NOT NULL DEFAULT 0,
    updated_at              DATETIME(3)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_brew_command_device FOREIGN KEY (device_id) REFERENCES device (id),
    CONSTRAINT ck_brew_command_status CHECK (status IN ('PENDING', 'DISPATCHED', 'BREWING', 'COMPLETE', 'FAILED', 'EXPIRED', 'CANCELLED'))
);

CREATE INDEX ix_brew_command_work ON brew_command (device_id, status, created_at);

CREATE TABLE command_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    command_id   BIGINT        NOT NULL,
    old_status   VARCHAR(16),
    new_status   VARCHAR(16)   NOT NULL,
    meta         VARCHAR(4000) NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    remote_addr  VARCHAR(64)   NOT NULL,
    occurred_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_command_history_command FOREIGN KEY (command_id) REFERENCES brew_command (id) ON DELETE CASCADE
);

CREATE INDEX ix_command_history_command ON command_history (command_id, occurred_at);

-- Integration clients (and administrators' scripts) that create commands with an API key.
CREATE TABLE api_client (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(80)  NOT NULL,
    key_hash    CHAR(64)     NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    revoked     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_client_key UNIQUE (key_hash)
);
