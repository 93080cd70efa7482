package fr.ozcar.insitu.core.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets handed out once: generated passwords and API tokens. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 144 random bits as 24 URL-safe characters (no padding, nothing to escape in a shell or a URL). */
    public static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
