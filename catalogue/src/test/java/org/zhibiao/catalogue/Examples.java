package org.zhibiao.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Profile;
import org.zhibiao.yaml.Documents;

/** The example profiles shipped with the catalogue, read as a department would hand them in. */
final class Examples {

    private Examples() {}

    static Profile profile(String name) throws IOException {
        Path file = Path.of("src/main/resources/zhibiao/examples", name);
        Result<Profile> read = Documents.readProfile(file.toString(), Files.readAllBytes(file));
        if (read.hasErrors()) {
            throw new AssertionError(read.diagnostics().toString());
        }
        return read.value();
    }
}
