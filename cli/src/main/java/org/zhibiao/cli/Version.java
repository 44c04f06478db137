package org.zhibiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version from the jar's manifest, else from {@code version.properties} (filled in by Maven) when
 * run from classes, so that tests see the version SARIF's {@code semanticVersion} carries.
 */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Zhibiao.class.getPackage().getImplementationVersion();
        return new String[] {"zhibiao " + (version == null ? fromResource() : version)};
    }

    private static String fromResource() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "");
            return version.isEmpty() || version.startsWith("${") ? "development build" : version;
        } catch (IOException e) {
            return "development build";
        }
    }
}
