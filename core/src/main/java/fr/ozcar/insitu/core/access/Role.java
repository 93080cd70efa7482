package fr.ozcar.insitu.core.access;

/**
 * What a signed-in identity may do. Anonymous visitors hold none of these: they search, view, plot
 * and download open data. Roles are granted by configuration (the identity provider's claims or
 * groups) or by an administrator; see docs/security.md.
 */
public enum Role {
    /** cart, orders, their own statistics */
    RESEARCHER,
    /** deposits, dry runs and SensorThings writes for the producers of {@link Viewer#managedProducers()} */
    DATA_MANAGER,
    /** vocabularies, overrides, producers, users, all statistics; sees every row */
    ADMINISTRATOR
}
