package io.github.planwatch.model;

/**
 * The root of every exception that planwatch throws on purpose.
 *
 * <p>Catching this type catches every failure that a caller can act on: input that is not a valid
 * plan, a document that cannot be read, a rule file that does not compile. It is unchecked, as
 * {@code java.time.DateTimeException} is for java.time.
 */
public class PlanwatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message  what went wrong, not null
     */
    public PlanwatchException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message  what went wrong, not null
     * @param cause  the underlying failure, may be null
     */
    public PlanwatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
