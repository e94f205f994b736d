package org.mrdmft.io;

/** An output directory that cannot take the results (user error: exit code 2). */
public class OutputConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputConflictException(String message) {
        super(message);
    }
}
