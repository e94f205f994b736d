package org.mrdmft.cli;

/** A user error detected by the command line (exit code 2, one line on stderr). */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
