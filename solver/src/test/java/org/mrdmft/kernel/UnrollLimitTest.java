package org.mrdmft.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The loop-unroll limit read from the command line where that settles it, else from the JVM. */
class UnrollLimitTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void theLastOptionOnTheCommandLineCounts() {
        assertThat(UnrollLimit.fromCommandLine(new String[] {"java", "-XX:LoopUnrollLimit=400", "-jar", "x.jar"},
                NO_ENV::get)).isEqualTo(400);
        assertThat(UnrollLimit.fromCommandLine(
                new String[] {"java", "-XX:LoopUnrollLimit=400", "-XX:LoopUnrollLimit=60", "Main"}, NO_ENV::get))
                .isEqualTo(60);
    }

    @Test
    void whatTheCommandLineDoesNotSettleIsLeftToTheJvm() {
        assertThat(UnrollLimit.fromCommandLine(new String[] {"java", "-jar", "x.jar"}, NO_ENV::get)).isEqualTo(-1);
        assertThat(UnrollLimit.fromCommandLine(null, NO_ENV::get)).isEqualTo(-1);
        assertThat(UnrollLimit.fromCommandLine(new String[] {"java", "-XX:LoopUnrollLimit=400", "@opts", "Main"},
                NO_ENV::get)).isEqualTo(-1);
        assertThat(UnrollLimit.fromCommandLine(new String[] {"java", "-XX:Flags=f", "-XX:LoopUnrollLimit=400"},
                NO_ENV::get)).isEqualTo(-1);
        assertThat(UnrollLimit.fromCommandLine(new String[] {"java", "-XX:LoopUnrollLimit=4x0"}, NO_ENV::get))
                .isEqualTo(-1);
        Map<String, String> env = Map.of("_JAVA_OPTIONS", "-XX:LoopUnrollLimit=60");
        assertThat(UnrollLimit.fromCommandLine(new String[] {"java", "-XX:LoopUnrollLimit=400"}, env::get))
                .isEqualTo(-1);
    }

    @Test
    void theRunningJvmsValueIsTheOneItsMxBeanReports() {
        com.sun.management.HotSpotDiagnosticMXBean bean =
                ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        assertThat(UnrollLimit.current())
                .isEqualTo(Integer.parseInt(bean.getVMOption("LoopUnrollLimit").getValue()));
    }
}
