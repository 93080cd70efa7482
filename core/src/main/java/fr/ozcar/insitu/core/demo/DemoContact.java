package fr.ozcar.insitu.core.demo;

/** A person to contact; {@code organisation} may be null. */
public record DemoContact(String firstName, String lastName, String email, String role, DemoOrganisation organisation) {

    /** The same person under another role (a producer's project leader is a dataset's principal investigator). */
    DemoContact withRole(String newRole) {
        return new DemoContact(firstName, lastName, email, newRole, organisation);
    }
}
