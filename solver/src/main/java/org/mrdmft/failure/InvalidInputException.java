package org.mrdmft.failure;

/**
 * An input the library itself finds unusable (a value out of range, a product that overflows, a feature an
 * engine does not cover), named the way the config spells it, e.g. {@code dmft.dt} or {@code disorder}.
 * The message is {@code "<input>: <problem>"}.
 */
public class InvalidInputException extends MrdmftException {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final String problem;

    /**
     * @param input the input at fault, e.g. {@code dmft.dt}
     * @param problem what is wrong with it, e.g. {@code "must be > 0, got -1"}
     */
    public InvalidInputException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
        this.problem = problem;
    }

    /** The input at fault, as the config spells it. */
    public String input() {
        return input;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
