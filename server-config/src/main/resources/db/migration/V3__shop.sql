-- The shop: customers, carts, promo codes, wallet, orders, subscriptions, notifications.
-- Same dialect rules as V1 (MariaDB and H2 in MariaDB mode). Times are UTC DATETIME(3).
-- No card number or CVV column exists anywhere: the wallet keeps the gateway's token only.

ALTER TABLE coffee ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE machine ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE customer (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    -- Stored lower-cased: the unique key makes addresses unique case-insensitively.
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(512) NOT NULL,
    full_name      VARCHAR(100) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    intensity_min  SMALLINT,
    intensity_max  SMALLINT,
    prefers_decaf  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(3)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_customer_email UNIQUE (email),
    CONSTRAINT ck_customer_role CHECK (role IN ('CUSTOMER', 'ADMIN')),
    CONSTRAINT ck_customer_intensity CHECK (intensity_min IS NULL OR intensity_max IS NULL
        OR (intensity_min BETWEEN 1 AND 13 AND intensity_max BETWEEN 1 AND 13 AND intensity_min <= intensity_max))
);

CREATE TABLE customer_note (
    customer_id BIGINT      NOT NULL,
    note        VARCHAR(40) NOT NULL,
    PRIMARY KEY (customer_id, note),
    CONSTRAINT fk_customer_note FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

CREATE TABLE customer_machine (
    customer_id BIGINT NOT NULL,
    machine_id  BIGINT NOT NULL,
    PRIMARY KEY (customer_id, machine_id),
    CONSTRAINT fk_customer_machine_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT fk_customer_machine_machine FOREIGN KEY (machine_id) REFERENCES machine (id)
);

CREATE TABLE address (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id  BIGINT       NOT NULL,
    full_name    VARCHAR(100) NOT NULL,
    street       VARCHAR(200) NOT NULL,
    city         VARCHAR(80)  NOT NULL,
    county       VARCHAR(80)  NOT NULL,
    postal_code  VARCHAR(6)   NOT NULL,
    phone        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

-- A signed-in customer's cart, so that it survives sign-out and restarts.
CREATE TABLE cart_line (
    customer_id  BIGINT      NOT NULL,
    product_kind VARCHAR(8)  NOT NULL,
    product_id   BIGINT      NOT NULL,
    quantity     INT         NOT NULL,
    added_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (customer_id, product_kind, product_id),
    CONSTRAINT fk_cart_line_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT ck_cart_line_kind CHECK (product_kind IN ('COFFEE', 'MACHINE')),
    CONSTRAINT ck_cart_line_quantity CHECK (quantity > 0)
);

CREATE TABLE promo_code (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(32)   NOT NULL,
    description    VARCHAR(200)  NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    amount         DECIMAL(10,2) NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_until    DATE,
    minimum_order  DECIMAL(10,2) NOT NULL,
    single_use     BOOLEAN       NOT NULL,
    active         BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_promo_code UNIQUE (code),
    CONSTRAINT ck_promo_kind CHECK (kind IN ('PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING')),
    CONSTRAINT ck_promo_amount CHECK (amount >= 0),
    CONSTRAINT ck_promo_minimum CHECK (minimum_order >= 0)
);

CREATE TABLE wallet_card (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id   BIGINT       NOT NULL,
    token         VARCHAR(120) NOT NULL,
    brand         VARCHAR(16)  NOT NULL,
    last_four     CHAR(4)      NOT NULL,
    expiry_month  SMALLINT     NOT NULL,
    expiry_year   SMALLINT     NOT NULL,
    holder_name   VARCHAR(100) NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_wallet_card_token UNIQUE (token),
    CONSTRAINT fk_wallet_card_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT ck_wallet_card_month CHECK (expiry_month BETWEEN 1 AND 12)
);

CREATE TABLE subscription (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id      BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    interval_weeks   SMALLINT      NOT NULL,
    next_delivery    DATE          NOT NULL,
    -- Null once the customer removes the card or address; billing then asks for a new one.
    card_id          BIGINT,
    address_id       BIGINT,
    failed_attempts  SMALLINT      NOT NULL DEFAULT 0,
    retry_at         DATETIME(3),
    last_failure     VARCHAR(200),
    created_at       DATETIME(3)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_subscription_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_subscription_card FOREIGN KEY (card_id) REFERENCES wallet_card (id) ON DELETE SET NULL,
    CONSTRAINT fk_subscription_address FOREIGN KEY (address_id) REFERENCES address (id) ON DELETE SET NULL,
    CONSTRAINT ck_subscription_status CHECK (status IN ('ACTIVE', 'PAUSED', 'CANCELLED')),
    CONSTRAINT ck_subscription_interval CHECK (interval_weeks IN (1, 2, 4))
);

CREATE TABLE subscription_item (
    subscription_id BIGINT NOT NULL,
    coffee_id       BIGINT NOT NULL,
    quantity        INT    NOT NULL,
    PRIMARY KEY (subscription_id, coffee_id),
    CONSTRAINT fk_subscription_item_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id) ON DELETE CASCADE,
    CONSTRAINT fk_subscription_item_coffee FOREIGN KEY (coffee_id) REFERENCES coffee (id),
    CONSTRAINT ck_subscription_item_quantity CHECK (quantity > 0)
);

CREATE TABLE customer_order (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    order_number      VARCHAR(16)   NOT NULL,
    customer_id       BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    -- One order per checkout attempt however often it is submitted.
    idempotency_key   VARCHAR(64),
    -- One order per subscription delivery date however often the timer fires.
    subscription_id   BIGINT,
    delivery_date     DATE,
    placed_at         DATETIME(3)   NOT NULL,
    ship_full_name    VARCHAR(100)  NOT NULL,
    ship_street       VARCHAR(200)  NOT NULL,
    ship_city         VARCHAR(80)   NOT NULL,
    ship_county       VARCHAR(80)   NOT NULL,
    ship_postal_code  VARCHAR(6)    NOT NULL,
    ship_phone        VARCHAR(20)   NOT NULL,
    delivery_option   VARCHAR(16)   NOT NULL,
    delivery_earliest DATE          NOT NULL,
    delivery_latest   DATE          NOT NULL,
    merchandise_total DECIMAL(10,2) NOT NULL,
    discount          DECIMAL(10,2) NOT NULL,
    shipping          DECIMAL(10,2) NOT NULL,
    total             DECIMAL(10,2) NOT NULL,
    vat_included      DECIMAL(10,2) NOT NULL,
    promo_code        VARCHAR(32),
    card_brand        VARCHAR(16)   NOT NULL,
    card_last_four    CHAR(4)       NOT NULL,
    charge_id         VARCHAR(64)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_order_number UNIQUE (order_number),
    CONSTRAINT uq_order_idempotency UNIQUE (customer_id, idempotency_key),
    CONSTRAINT uq_order_subscription_delivery UNIQUE (subscription_id, delivery_date),
    CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_order_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id),
    CONSTRAINT ck_order_status CHECK (status IN ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    CONSTRAINT ck_order_delivery CHECK (delivery_option IN ('STANDARD', 'EXPRESS', 'LOCKER'))
);

CREATE INDEX ix_order_customer ON customer_order (customer_id, placed_at);
CREATE INDEX ix_order_placed ON customer_order (placed_at);

CREATE TABLE order_line (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    order_id      BIGINT        NOT NULL,
    product_kind  VARCHAR(8)    NOT NULL,
    product_id    BIGINT        NOT NULL,
    product_name  VARCHAR(160)  NOT NULL,
    unit_price    DECIMAL(10,2) NOT NULL,
    quantity      INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE,
    CONSTRAINT ck_order_line_quantity CHECK (quantity > 0)
);

CREATE TABLE order_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    order_id     BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    occurred_at  DATETIME(3)  NOT NULL,
    actor        VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
);

-- Single-use promo codes: one row per customer who used the code.
CREATE TABLE promo_redemption (
    promo_id     BIGINT      NOT NULL,
    customer_id  BIGINT      NOT NULL,
    order_id     BIGINT      NOT NULL,
    redeemed_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (promo_id, customer_id),
    CONSTRAINT fk_promo_redemption_promo FOREIGN KEY (promo_id) REFERENCES promo_code (id),
    CONSTRAINT fk_promo_redemption_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_promo_redemption_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
);

CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id  BIGINT        NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    body         VARCHAR(1000) NOT NULL,
    seen         BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);

-- A welcome code for the launch, managed in the back office like any other.
INSERT INTO promo_code (code, description, kind, amount, valid_from, valid_until, minimum_order, single_use, active)
VALUES ('WELCOME10', '10 % off your first order', 'PERCENTAGE', 10.00, '2025-01-01', NULL, 100.00, TRUE, TRUE);
