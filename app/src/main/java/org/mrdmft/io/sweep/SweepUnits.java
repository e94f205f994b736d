package org.mrdmft.io.sweep;

import org.mrdmft.config.ConfigReference;
import org.mrdmft.config.Setting;
import org.mrdmft.config.SettingsSection;
import org.mrdmft.io.H5Group;

/**
 * The units of a sweep's grid column, read from the config reference: a setting documented in units of
 * time (e.g. {@code dmft.dt}) is in units of the neuronal time constant; every network key (disorder,
 * interaction strengths, eigenvalues) is dimensionless.
 */
final class SweepUnits {
    private SweepUnits() {
    }

    /** The units of the column named by a dotted config key. */
    static String of(String column) {
        for (SettingsSection<?> section : ConfigReference.settingsSections()) {
            for (Setting<?, ?> s : section.settings()) {
                if (column.equals(section.name() + "." + s.name()) && "time".equals(s.unit())) {
                    return H5Group.TIME;
                }
            }
        }
        return H5Group.ONE;
    }
}
