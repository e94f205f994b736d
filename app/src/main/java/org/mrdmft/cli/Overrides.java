package org.mrdmft.cli;

import java.util.List;

/** Syntax check of {@code --set key=value} arguments; the config loader checks keys and values. */
final class Overrides {
    private Overrides() {
    }

    /** @throws UserInputException unless every override has the form key=value with a non-empty key */
    static void check(List<String> overrides) {
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0 || o.substring(0, eq).isBlank()) {
                throw new UserInputException("--set expects key=value (e.g. dmft.dt=0.025), got '" + o + "'");
            }
        }
    }
}
