package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands registered by name ({@link Main#COMMANDS}): each name builds the command of that name, the
 * usage help lists them all in that order, a command line naming one gets only that one, and a mistyped name
 * is still a user error (exit 2) naming the argument.
 */
class MainCommandsTest {
    @Test
    void eachNameBuildsTheCommandOfThatName() {
        for (String name : Main.COMMANDS) {
            Object command = Main.command(name);
            String declared = command instanceof CommandLine.HelpCommand ? "help"
                    : command.getClass().getAnnotation(Command.class).name();
            assertThat(declared).isEqualTo(name);
        }
    }

    @Test
    void theUsageListsEveryCommandInOrder() {
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        int at = -1;
        for (String name : Main.COMMANDS) {
            int next = help.out().indexOf("\n  " + name + " ");
            assertThat(next).as(name).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void aCommandLineGetsTheCommandsItNames() {
        assertThat(Main.commandsFor("solve", "x.yaml")).containsExactly("solve");
        assertThat(Main.commandsFor("--version")).isEmpty();
        assertThat(Main.commandsFor("help", "solve")).isEqualTo(Main.COMMANDS);
        assertThat(Main.commandsFor()).isEqualTo(Main.COMMANDS);
        CliRun typo = CliRun.of("slove", "x.yaml");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("Unmatched argument").contains("'slove'");
    }
}
