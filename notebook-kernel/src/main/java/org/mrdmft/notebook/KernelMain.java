package org.mrdmft.notebook;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the kernel as Jupyter does: {@code java -jar mrdmft-kernel.jar CONNECTION_FILE} (the kernel spec's argv).
 * Cells compile against this JVM's class path, which holds mrdmft and all its dependencies.
 */
public final class KernelMain {
    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -jar mrdmft-kernel.jar CONNECTION_FILE (Jupyter passes the file)");
            System.exit(2);
        }
        Path connectionFile = Path.of(args[0]);
        if (!Files.isRegularFile(connectionFile)) {
            System.err.println("mrdmft kernel: the connection file " + connectionFile + " does not exist");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        JupyterConnection connection = new JupyterConnection(properties);
        JShellSession session = JShellSession.open(
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        MrdmftKernel kernel = MrdmftKernel.of(session, version());
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    /** mrdmft's version, as stamped into the app's resources at build time. */
    private static String version() throws IOException {
        try (InputStream in = KernelMain.class.getResourceAsStream("/mrdmft-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        }
    }
}
