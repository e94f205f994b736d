package org.mrdmft.plot;

/** Test access to the input-switch figure's computation (package-private there). */
public final class InputSwitchFigureAccess {
    private InputSwitchFigureAccess() {
    }

    public static double[][] finalCurrents(double amplitude) {
        return InputSwitchFigure.finalCurrents(amplitude);
    }
}
