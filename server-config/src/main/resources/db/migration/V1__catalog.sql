-- Catalog: coffees (capsules), machines and the canonical cup volumes of each capsule system.
-- Written once for MariaDB and H2 in MariaDB mode: keep to the SQL both accept
-- (table-level foreign keys, CHECK constraints, no engine or charset clauses).

CREATE TABLE capsule_volume (
    capsule_system VARCHAR(16) NOT NULL,
    cup_size       VARCHAR(24) NOT NULL,
    volume_ml      INT         NOT NULL,
    PRIMARY KEY (capsule_system, cup_size),
    CONSTRAINT ck_capsule_volume_system CHECK (capsule_system IN ('ORIGINAL', 'VERTUO')),
    CONSTRAINT ck_capsule_volume_positive CHECK (volume_ml > 0)
);

-- The volumes a machine brews for each capsule size; the IoT recipes are validated against them.
INSERT INTO capsule_volume (capsule_system, cup_size, volume_ml) VALUES
    ('ORIGINAL', 'RISTRETTO', 25),
    ('ORIGINAL', 'ESPRESSO', 40),
    ('ORIGINAL', 'LUNGO', 110),
    ('VERTUO', 'ESPRESSO', 40),
    ('VERTUO', 'DOUBLE_ESPRESSO', 80),
    ('VERTUO', 'GRAN_LUNGO', 150),
    ('VERTUO', 'MUG', 230),
    ('VERTUO', 'ALTO', 414),
    ('VERTUO', 'CARAFE', 535);

CREATE TABLE coffee (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    capsule_system VARCHAR(16)   NOT NULL,
    slug           VARCHAR(120)  NOT NULL,
    name           VARCHAR(160)  NOT NULL,
    range_name     VARCHAR(80)   NOT NULL,
    range_name_fr  VARCHAR(80)   NOT NULL,
    intensity      SMALLINT,
    roast          VARCHAR(16)   NOT NULL,
    beans          VARCHAR(32)   NOT NULL,
    decaf          BOOLEAN       NOT NULL,
    flavoured      BOOLEAN       NOT NULL,
    organic        BOOLEAN       NOT NULL,
    price_ron      DECIMAL(10,2) NOT NULL,
    unit_count     INT           NOT NULL,
    tasting_notes  VARCHAR(1000) NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    capsule_color  VARCHAR(7)    NOT NULL,
    stock          INT           NOT NULL,
    featured       BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_coffee_system_slug UNIQUE (capsule_system, slug),
    CONSTRAINT ck_coffee_system CHECK (capsule_system IN ('ORIGINAL', 'VERTUO')),
    CONSTRAINT ck_coffee_roast CHECK (roast IN ('LIGHT', 'MEDIUM_LIGHT', 'MEDIUM', 'MEDIUM_DARK', 'DARK')),
    CONSTRAINT ck_coffee_intensity CHECK (intensity IS NULL OR intensity BETWEEN 1 AND 13),
    CONSTRAINT ck_coffee_price CHECK (price_ron >= 0),
    CONSTRAINT ck_coffee_units CHECK (unit_count > 0),
    CONSTRAINT ck_coffee_stock CHECK (stock >= 0)
);

CREATE TABLE coffee_cup_size (
    coffee_id BIGINT      NOT NULL,
    cup_size  VARCHAR(24) NOT NULL,
    PRIMARY KEY (coffee_id, cup_size),
    CONSTRAINT ck_coffee_cup_size CHECK (cup_size IN ('RISTRETTO', 'ESPRESSO', 'DOUBLE_ESPRESSO', 'LUNGO', 'GRAN_LUNGO', 'MUG', 'ALTO', 'CARAFE',
                                       'CAPPUCCINO', 'CAFFE_LATTE', 'LATTE_MACCHIATO', 'FLAT_WHITE', 'REVERSO', 'COLD_BREW',
                                       'MILK_FOAM', 'HOT_MILK')),
    CONSTRAINT fk_coffee_cup_size_coffee FOREIGN KEY (coffee_id) REFERENCES coffee (id) ON DELETE CASCADE
);

CREATE TABLE coffee_origin (
    coffee_id BIGINT      NOT NULL,
    country   VARCHAR(60) NOT NULL,
    PRIMARY KEY (coffee_id, country),
    CONSTRAINT fk_coffee_origin_coffee FOREIGN KEY (coffee_id) REFERENCES coffee (id) ON DELETE CASCADE
);

CREATE TABLE coffee_note (
    coffee_id BIGINT      NOT NULL,
    note      VARCHAR(40) NOT NULL,
    PRIMARY KEY (coffee_id, note),
    CONSTRAINT fk_coffee_note_coffee FOREIGN KEY (coffee_id) REFERENCES coffee (id) ON DELETE CASCADE
);

CREATE TABLE machine (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    slug              VARCHAR(120)  NOT NULL,
    name              VARCHAR(160)  NOT NULL,
    name_fr           VARCHAR(160)  NOT NULL,
    capsule_system    VARCHAR(16)   NOT NULL,
    category          VARCHAR(24)   NOT NULL,
    model             VARCHAR(60)   NOT NULL,
    maker             VARCHAR(60)   NOT NULL,
    price_ron         DECIMAL(10,2) NOT NULL,
    gift_capsules     INT           NOT NULL,
    pump_pressure_bar INT,
    water_tank_ml     INT           NOT NULL,
    heat_up_seconds   INT           NOT NULL,
    width_mm          INT           NOT NULL,
    depth_mm          INT           NOT NULL,
    height_mm         INT           NOT NULL,
    weight_kg         DECIMAL(5,2)  NOT NULL,
    milk_system       VARCHAR(16)   NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    stock             INT           NOT NULL,
    featured          BOOLEAN       NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_machine_slug UNIQUE (slug),
    CONSTRAINT ck_machine_system CHECK (capsule_system IN ('ORIGINAL', 'VERTUO')),
    CONSTRAINT ck_machine_category CHECK (category IN ('MACHINE', 'MACHINE_WITH_MILK', 'BUNDLE')),
    CONSTRAINT ck_machine_milk CHECK (milk_system IN ('NONE', 'AEROCCINO', 'INTEGRATED')),
    CONSTRAINT ck_machine_price CHECK (price_ron >= 0),
    CONSTRAINT ck_machine_stock CHECK (stock >= 0)
);

CREATE TABLE machine_colour (
    machine_id BIGINT      NOT NULL,
    colour     VARCHAR(40) NOT NULL,
    PRIMARY KEY (machine_id, colour),
    CONSTRAINT fk_machine_colour_machine FOREIGN KEY (machine_id) REFERENCES machine (id) ON DELETE CASCADE
);

CREATE TABLE machine_cup_size (
    machine_id BIGINT      NOT NULL,
    cup_size   VARCHAR(24) NOT NULL,
    PRIMARY KEY (machine_id, cup_size),
    CONSTRAINT ck_machine_cup_size CHECK (cup_size IN ('RISTRETTO', 'ESPRESSO', 'DOUBLE_ESPRESSO', 'LUNGO', 'GRAN_LUNGO', 'MUG', 'ALTO', 'CARAFE',
                                       'CAPPUCCINO', 'CAFFE_LATTE', 'LATTE_MACCHIATO', 'FLAT_WHITE', 'REVERSO', 'COLD_BREW',
                                       'MILK_FOAM', 'HOT_MILK')),
    CONSTRAINT fk_machine_cup_size_machine FOREIGN KEY (machine_id) REFERENCES machine (id) ON DELETE CASCADE
);

CREATE TABLE machine_bundle_item (
    machine_id BIGINT       NOT NULL,
    item_order INT          NOT NULL,
    item       VARCHAR(120) NOT NULL,
    PRIMARY KEY (machine_id, item_order),
    CONSTRAINT fk_machine_bundle_item_machine FOREIGN KEY (machine_id) REFERENCES machine (id) ON DELETE CASCADE
);

CREATE INDEX ix_coffee_system_intensity ON coffee (capsule_system, intensity);
CREATE INDEX ix_machine_system ON machine (capsule_system);
