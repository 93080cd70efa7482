package fr.ozcar.insitu.web.export;

import fr.ozcar.insitu.export.ExportScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The strong ETag of a download: a digest of everything its bytes depend on (format, options, the series and
 * their windows after embargo, the deposit's time), so that equal tags mean equal bytes.
 */
final class DownloadTag {

    private DownloadTag() {
    }

    static String of(ExportRequest export, ExportScope scope) {
        String identity = export.format().name() + "|" + export.options() + "|" + scope;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
