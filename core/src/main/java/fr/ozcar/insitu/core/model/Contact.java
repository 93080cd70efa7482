package fr.ozcar.insitu.core.model;

/**
 * A person (or, for dataset contacts, an organisation alone: names and email null) with a role.
 * Roles are listed in {@link PivotTerms}.
 */
public record Contact(String firstName, String lastName, String email, String role, String orcid,
                      Organisation organisation) {
}
