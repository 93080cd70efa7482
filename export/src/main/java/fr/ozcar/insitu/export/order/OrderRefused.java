package fr.ozcar.insitu.export.order;

import java.util.List;

/** An order that cannot be placed or read, with every reason at once; nothing was written. */
public class OrderRefused extends RuntimeException {

    /** What kind of refusal: {@code web} maps it to a status. */
    public enum Reason {
        /** ordering needs a signed-in identity */
        SIGN_IN_REQUIRED,
        /** the cart or form is invalid (problems listed) */
        INVALID,
        /** no such order for this identity (another user's order looks the same as none) */
        NOT_FOUND
    }

    private final Reason reason;
    private final List<String> problems;

    public OrderRefused(Reason reason, List<String> problems) {
        super(String.join("; ", problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> problems() {
        return problems;
    }
}
