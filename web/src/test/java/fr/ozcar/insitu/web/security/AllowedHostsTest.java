package fr.ozcar.insitu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.web.testing.ServerOnTestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** DNS rebinding: a page of another site that reaches this server under its own host name cannot write. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllowedHostsTest extends ServerOnTestDatabase {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("insitu.security.allowed-hosts", "data.ozcar.example");
    }

    /** A token request POSTed as the rebinding page's script sends it: Host and Origin both name that page's site. */
    private String postUnder(String host) throws Exception {
        String hostAndPort = host + ":" + server.getPort();
        String body = "{\"name\":\"rebound\"}";
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/tokens HTTP/1.1\r\nHost: " + hostAndPort + "\r\n"
                    + "Origin: http://" + hostAndPort + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            // the head is enough, and the only part a refused write must send
            byte[] head = new byte[4096];
            int length = 0;
            for (int n; length < head.length && (n = socket.getInputStream().read(head, length, head.length - length)) > 0; ) {
                length += n;
                if (new String(head, 0, length, StandardCharsets.UTF_8).contains("\r\n\r\n")) {
                    break;
                }
            }
            return new String(head, 0, length, StandardCharsets.UTF_8);
        }
    }

    @Test
    void aWriteUnderAHostNameThatIsNotOursIsRefusedAs421() throws Exception {
        assertThat(postUnder("rebound.attacker.example"))
                .startsWith("HTTP/1.1 421 ").contains("application/problem+json");
    }

    @Test
    void underLoopbackAndConfiguredNamesTheWriteReachesAuthentication() throws Exception {
        assertThat(postUnder("localhost")).startsWith("HTTP/1.1 401 ");
        assertThat(postUnder("127.0.0.1")).startsWith("HTTP/1.1 401 ");
        // (its Origin is then refused by CORS: Micronaut's host resolver loses IPv6 literals)
        assertThat(postUnder("[::1]")).doesNotStartWith("HTTP/1.1 421 ");
        assertThat(postUnder("DATA.ozcar.example")).startsWith("HTTP/1.1 401 ");
    }
}
