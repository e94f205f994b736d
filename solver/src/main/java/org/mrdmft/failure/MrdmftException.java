package org.mrdmft.failure;

/**
 * The base of every failure mrdmft reports on purpose (as opposed to a bug): catch it to handle all of them,
 * or its subclasses to tell bad inputs from numerical failures.
 */
public abstract class MrdmftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected MrdmftException(String message) {
        super(message);
    }
}
