package fr.ozcar.insitu.thesaurus.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A producer's variable name split into what it measures and where: "Air Temperature at height 5 m"
 * is "Air Temperature" with the position "at height 5 m". Heights and depths are constraints kept on
 * the series, not different variables.
 *
 * @param measured the name without position nor trailing annotation in brackets
 * @param position the height or depth found, or null
 */
public record ProducerName(String measured, String position) {

    private static final Pattern POSITION = Pattern.compile(
            "(?iu)[\\s(\\[,;-]*"
                    + "(?:(?<![\\p{L}\\d])(?:at|à|a|@)\\s+)?"
                    + "(?:(?<![\\p{L}\\d])(?:a\\s+|the\\s+)?(?:height|depth|hauteur|profondeur|level|niveau|h|z)\\s*(?:of|de|=|:)?\\s*)?"
                    + "-?\\d+(?:[.,]\\d+)?\\s*(?:m|cm|mm)(?![\\p{L}\\d])"
                    + "(?:\\s*(?:depth|height|deep|high|above\\s+ground|below\\s+ground|agl|bgl|de\\s+profondeur|de\\s+hauteur"
                    + "|profondeur|hauteur|sous\\s+la\\s+surface))?"
                    + "\\s*[)\\]]?");
    /** A trailing annotation such as a unit or an abbreviation: "Air temperature (°C)", "Net radiation [Rn]". */
    private static final Pattern ANNOTATION = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]\\s*$");
    /** FLUXNET-style position qualifiers: "SWC_1_2_1", "TS_2". */
    private static final Pattern QUALIFIERS = Pattern.compile("(?:[\\s_]+\\d+){1,3}\\s*$");

    public static ProducerName parse(String name) {
        String text = name == null ? "" : name.replace('_', ' ');
        Matcher annotation = ANNOTATION.matcher(text);
        if (annotation.find() && annotation.start() > 0) {
            text = text.substring(0, annotation.start());
        }
        Matcher matcher = POSITION.matcher(text);
        String position = null;
        if (matcher.find()) {
            position = matcher.group().replaceAll("^[\\s(\\[,;-]+|[\\s)\\]]+$", "");
            text = (text.substring(0, matcher.start()) + " " + text.substring(matcher.end())).trim();
        }
        Matcher qualifiers = QUALIFIERS.matcher(text);
        if (qualifiers.find() && qualifiers.start() > 0) {
            position = position == null ? qualifiers.group().trim() : position;
            text = text.substring(0, qualifiers.start()).trim();
        }
        return new ProducerName(text.isEmpty() && name != null ? name : text, position);
    }
}
