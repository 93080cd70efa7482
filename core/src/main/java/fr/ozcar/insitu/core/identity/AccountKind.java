package fr.ozcar.insitu.core.identity;

/** See the {@code account} table (V120): how an account proves who it is. */
public enum AccountKind {
    /** a person with a password kept here */
    LOCAL,
    /** a producer's deposit credentials: the account's name is the producer id */
    PRODUCER,
    /** a person signed in through the identity provider: the name is its subject */
    OIDC
}
