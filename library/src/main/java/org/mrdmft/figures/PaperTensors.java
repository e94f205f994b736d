package org.mrdmft.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The interaction tensors of the paper's figures that are given as numbers rather than drawn (fig6's T1 and
 * T2, the five-region example), shipped as resources {@code figures/NAME.json}.
 */
public final class PaperTensors {
    private PaperTensors() {
    }

    /** The tensor T[mu][nu][rho] named {@code fig6-T1}, {@code fig6-T2} or {@code five-region}. */
    public static double[][][] load(String name) {
        try (InputStream in = PaperTensors.class.getResourceAsStream("/figures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource figures/" + name + ".json");
            }
            JsonNode t = new ObjectMapper().readTree(in).path("tensor");
            int r = t.size();
            double[][][] out = new double[r][r][r];
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    for (int rho = 0; rho < r; rho++) {
                        out[mu][nu][rho] = t.get(mu).get(nu).get(rho).asDouble();
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
