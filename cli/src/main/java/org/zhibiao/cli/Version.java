package org.zhibiao.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Zhibiao.class.getPackage().getImplementationVersion();
        return new String[] {"zhibiao " + (version == null ? "development build" : version)};
    }
}
