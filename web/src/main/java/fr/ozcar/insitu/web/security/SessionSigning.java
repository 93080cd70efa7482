package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.identity.SessionSigningKey;
import fr.ozcar.insitu.web.database.MigratedDatabase;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Signs (HS256) and checks the session cookie of signed-in people with the key kept in the database:
 * sessions need no server-side state, survive restarts and work on every instance sharing the database.
 */
@Factory
public class SessionSigning {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration sessionSignature(DataSource dataSource, MigratedDatabase migrated) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(SessionSigningKey.shared(dataSource));
        configuration.setBase64(true);
        return new SecretSignature(configuration);
    }
}
