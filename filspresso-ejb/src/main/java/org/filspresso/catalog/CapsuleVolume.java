package org.filspresso.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The volume a machine of a capsule system pours for a cup size (Original espresso: 40 ml).
 * Canonical data: recipes sent to machines are checked against it.
 */
@Entity
@Cacheable
@Table(name = "capsule_volume")
@IdClass(CapsuleVolume.Key.class)
public class CapsuleVolume {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "capsule_system")
    private CapsuleSystem system;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "cup_size")
    private CupSize cupSize;

    @Column(name = "volume_ml", nullable = false)
    private int volumeMl;

    protected CapsuleVolume() {
        // for JPA
    }

    public CapsuleVolume(CapsuleSystem system, CupSize cupSize, int volumeMl) {
        this.system = system;
        this.cupSize = cupSize;
        this.volumeMl = volumeMl;
    }

    public CapsuleSystem system() {
        return system;
    }

    public CupSize cupSize() {
        return cupSize;
    }

    public int volumeMl() {
        return volumeMl;
    }

    /** Primary key class: JPA wants a mutable class whose fields mirror the ids. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private CapsuleSystem system;
        private CupSize cupSize;

        public Key() {
        }

        public Key(CapsuleSystem system, CupSize cupSize) {
            this.system = system;
            this.cupSize = cupSize;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.system == system && key.cupSize == cupSize;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(system, cupSize);
        }
    }
}
