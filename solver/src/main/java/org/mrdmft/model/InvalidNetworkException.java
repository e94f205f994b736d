package org.mrdmft.model;

/**
 * A network parameter that breaks a rule of the model (docs/MODEL.md section 1): names the parameter in the
 * spelling of the config file ({@code disorder[1]}, {@code overlaps.tensor[0]}, {@code inputs.schedule[2].to})
 * and says what is wrong, so that the config reader and the Java builder report the same problem in the same
 * words. One exception per problem: the first one found.
 */
public class InvalidNetworkException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String problem;

    /**
     * @param field the parameter at fault, dotted and indexed as in a config file (empty: the whole network)
     * @param problem what is wrong with it
     */
    public InvalidNetworkException(String field, String problem) {
        super(field == null || field.isEmpty() ? problem : field + ": " + problem);
        this.field = field == null ? "" : field;
        this.problem = problem;
    }

    /** The parameter at fault, e.g. {@code interactions.reciprocal.signs[1]}; empty for the whole network. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String problem() {
        return problem;
    }
}
