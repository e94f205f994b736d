package org.mrdmft.cli;

import org.mrdmft.io.Provenance;
import picocli.CommandLine.IVersionProvider;

/** {@code mrdmft --version}: "mrdmft &lt;version&gt; (&lt;git commit&gt;)". */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Provenance.detect().describe()};
    }
}
