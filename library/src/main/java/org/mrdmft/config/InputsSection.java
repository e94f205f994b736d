package org.mrdmft.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.NetworkRules;

/**
 * The optional {@code inputs:} section (docs/MODEL.md section 6): the overlaps V (required when inputs are given),
 * exactly one of a constant {@code amplitude} (one phase [0, +inf)) or a {@code schedule} of phases
 * {@code {from, to, amplitude}} sorted by {@code from} and not overlapping ({@code to} may be omitted on the
 * last phase only, meaning "until the end"), and {@code gainScaled} (default true: the drive is psi V I).
 */
final class InputsSection {
    private static final List<String> KEYS = List.of("overlaps", "amplitude", "schedule", "gainScaled");

    /** The drive; {@link InputDrive#none} when the section is absent. */
    final InputDrive drive;
    /** The resolved section, or null when absent. */
    final ObjectNode resolved;

    InputsSection(ConfigNode section, int r) {
        if (!section.isPresent()) {
            drive = InputDrive.none(r);
            resolved = null;
            return;
        }
        section.requireMapping(KEYS);
        resolved = JsonNodeFactory.instance.objectNode();
        List<String> kinds = section.presentAmong(List.of("amplitude", "schedule"));
        if (kinds.size() != 1) {
            throw section.error("give exactly one of amplitude (constant input) or schedule (phases); got "
                    + (kinds.isEmpty() ? "none" : "both"));
        }
        double[][] v = section.get("overlaps").matrix(r, r, ConfigNode.shape(r, 2));
        resolved.set("overlaps", JsonArrays.of(v));
        List<InputPhase> phases = new ArrayList<>();
        if (kinds.get(0).equals("amplitude")) {
            double[] amplitude = section.get("amplitude").vector(r, ConfigNode.shape(r, 1));
            phases.add(new InputPhase(0.0, Double.POSITIVE_INFINITY, amplitude));
            resolved.set("amplitude", JsonArrays.of(amplitude));
        } else {
            ConfigNode schedule = section.get("schedule");
            int n = schedule.listSize();
            if (n == 0) {
                throw schedule.error("the schedule is empty; give at least one phase {from, to, amplitude}");
            }
            ArrayNode out = resolved.putArray("schedule");
            for (int k = 0; k < n; k++) {
                phases.add(phase(schedule.at(k), r, k, k == n - 1));
            }
            NetworkRules.schedule(phases);
            for (InputPhase phase : phases) {
                ObjectNode p = out.addObject();
                p.put("from", phase.from());
                if (Double.isFinite(phase.to())) {
                    p.put("to", phase.to());
                }
                p.set("amplitude", JsonArrays.of(phase.amplitude()));
            }
        }
        boolean gainScaled = section.get("gainScaled").bool(true);
        resolved.put("gainScaled", gainScaled);
        drive = new InputDrive(v, phases, gainScaled);
    }

    private static InputPhase phase(ConfigNode p, int r, int k, boolean last) {
        p.requireMapping(List.of("from", "to", "amplitude"));
        double from = p.get("from").number();
        ConfigNode toNode = p.get("to");
        double to = toNode.isPresent() ? toNode.number() : Double.POSITIVE_INFINITY;
        double[] amplitude = p.get("amplitude").vector(r, ConfigNode.shape(r, 1));
        return NetworkRules.phase(k, from, to, last, amplitude);
    }
}
