package fr.ozcar.insitu.sensorthings.entity;

/**
 * A property of an entity type: its STA name and the column (a fixed identifier of our views, never
 * user text) that holds it.
 */
public record Property(String name, PropertyKind kind, String column) {

    public static Property of(String name, PropertyKind kind, String column) {
        return new Property(name, kind, column);
    }

    /** The SQL columns to select, in order, to write this property. */
    public String[] selectColumns() {
        return switch (kind) {
            case INTERVAL -> new String[] {column + "_start", column + "_end"};
            case RESULT -> new String[] {"result_number", "result_text", "result_additional"};
            case FLAGS -> new String[] {"flags"};
            case ROW_INTERVAL -> new String[] {"time_begin"};
            case ROW_TIME -> new String[0];
            default -> new String[] {column};
        };
    }
}
