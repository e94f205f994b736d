package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mrdmft.simulation.SimulationSettings;

/** The simulation settings behind a figure's simulated numbers, as a two-column CSV (setting, value). */
final class SimulationNote {
    private SimulationNote() {
    }

    static Path write(Path file, SimulationSettings s) throws IOException {
        String text = "setting,value\n"
                + "neuronsPerRegion," + s.neurons() + "\n"
                + "dt," + s.dt() + "\n"
                + "duration," + s.duration() + "\n"
                + "draws," + s.draws() + "\n"
                + "seed," + s.seed() + "\n"
                + "scheme," + s.scheme().configName() + "\n"
                + "recordStep," + s.dt() * s.recordEvery() + "\n"
                + "rowNormsAveragedFrom," + s.burnIn() + "\n"
                + "sharedMatrix," + s.sharedMatrix() + "\n"
                + "initialState,x(0) = 2.5 Σ_ν z^ν m^{μν} / √R\n";
        Files.writeString(file, text);
        return file;
    }
}
