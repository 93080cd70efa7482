package fr.ozcar.insitu.core.deposit.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Syntax checks of the metadata file's text fields. Deliberately simple: catch typos, not every RFC case. */
final class Formats {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern ORCID = Pattern.compile("^(https?://orcid\\.org/)?\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Formats() {
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    static boolean isOrcid(String value) {
        return ORCID.matcher(value).matches();
    }

    static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https")
                    || uri.getScheme().equals("ftp")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isCountryCode(String value) {
        return COUNTRIES.contains(value);
    }
}
