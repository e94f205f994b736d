package org.mrdmft.cli;

/** The main class of the stand-in jar {@link LauncherTest} runs through the launcher: echoes its arguments. */
public final class LauncherProbe {
    private LauncherProbe() {
    }

    /** Prints "probe" and the arguments on one line. */
    public static void main(String[] args) {
        System.out.println(String.join(" ", "probe", String.join(" ", args)));
    }
}
