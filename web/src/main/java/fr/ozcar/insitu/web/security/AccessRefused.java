package fr.ozcar.insitu.web.security;

/**
 * The caller may not do this. {@code unauthenticated}: it gave no valid credentials (401, it may try
 * again with some); otherwise it is known and not allowed (403).
 */
public class AccessRefused extends RuntimeException {

    private final boolean unauthenticated;

    public AccessRefused(boolean unauthenticated, String reason) {
        super(reason, null, false, false);
        this.unauthenticated = unauthenticated;
    }

    public boolean unauthenticated() {
        return unauthenticated;
    }
}
