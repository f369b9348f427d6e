package org.filspresso.iot.command;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How to brew: the contract's recipe object. Checked by {@link RecipeRules} before it is stored. */
@Embeddable
public class Recipe {

    @Column(name = "volume_ml")
    private int volumeMl;

    @Column(name = "temperature_c")
    private int temperatureC;

    @Column(name = "pre_infusion_ms")
    private int preInfusionMs;

    @Column(name = "capsule_type", nullable = false)
    private String capsuleType;

    @Column(name = "capsule_variant", nullable = false)
    private String capsuleVariant;

    protected Recipe() {
        // for JPA
    }

    public Recipe(int volumeMl, int temperatureC, int preInfusionMs, String capsuleType, String capsuleVariant) {
        this.volumeMl = volumeMl;
        this.temperatureC = temperatureC;
        this.preInfusionMs = preInfusionMs;
        this.capsuleType = capsuleType;
        this.capsuleVariant = capsuleVariant;
    }

    public int volumeMl() { return volumeMl; }
    public int temperatureC() { return temperatureC; }
    public int preInfusionMs() { return preInfusionMs; }
    public String capsuleType() { return capsuleType; }
    public String capsuleVariant() { return capsuleVariant; }
}
