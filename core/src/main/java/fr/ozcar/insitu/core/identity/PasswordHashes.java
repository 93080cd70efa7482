package fr.ozcar.insitu.core.identity;

import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * BCrypt (Bouncy Castle): a salted hash slow enough that a stolen table does not give the passwords.
 * The cost is stored in each hash, so raising it later only affects passwords set afterwards.
 */
public final class PasswordHashes {

    /** 2^12 rounds: about a quarter of a second per check on one core of a small server. */
    public static final int DEFAULT_COST = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;
    /** Checked when the account does not exist, so that its absence takes as long as a wrong password. */
    private final String decoy;

    public PasswordHashes(int cost) {
        this.cost = cost;
        this.decoy = hash(Secrets.generate());
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate(password.toCharArray(), salt, cost);
    }

    /** Constant work whether or not there is a hash to check ({@code hash} null = no such account). */
    public boolean matches(String hash, String password) {
        if (hash == null) {
            OpenBSDBCrypt.checkPassword(decoy, password.toCharArray());
            return false;
        }
        return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    }
}
