package fr.ozcar.insitu.web.work;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A client of its own loopback address (127.0.0.N: every address of 127/8 reaches the server), so
 * that a test can play many clients, or one, to per-client limits.
 */
record RawClient(String address, int port) {

    /** Sends {@code GET path}, leaving the answer unread: the caller reads it, or stalls. */
    Socket send(String path) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The whole answer (status line, headers and body). */
    String get(String path) throws IOException {
        try (Socket socket = send(path)) {
            socket.setSoTimeout(60_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String encoded(String queryValue) {
        return URLEncoder.encode(queryValue, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
