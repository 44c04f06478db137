package org.zhibiao.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Result;
import org.zhibiao.groovy.GroovyReader;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.score.ScoringRules;
import org.zhibiao.stage.SelfEvaluation;
import org.zhibiao.stage.StageDocuments;
import org.zhibiao.yaml.Documents;

/**
 * What zhibiao ships and produces, for validation: the catalogue's YAML sources as written, the
 * example profiles, and every declaration {@code zhibiao new} writes for a built-in template.
 */
final class Shipped {
    static final String EZHOU = "zhibiao/examples/ezhou-2024.yaml";
    static final String SUZHOU = "zhibiao/examples/suzhou-2024.yaml";

    private Shipped() {}

    /** One {@code zhibiao new} run: the template it names, the profile it reads (null for none). */
    record Skeleton(String template, String profile) {
        @Override
        public String toString() {
            return template + (profile == null ? " (empty profile)" : " + " + profile.replaceFirst(".*/", ""));
        }
    }

    /** Every built-in template with an empty profile, and the two example profiles with theirs. */
    static List<Skeleton> skeletons() {
        List<Skeleton> all = new ArrayList<>();
        Catalogue.builtIn().templates().forEach(t -> all.add(new Skeleton(t.id(), null)));
        all.add(new Skeleton("hubei/public-security", EZHOU));
        all.add(new Skeleton("jiangsu/public-security", SUZHOU));
        return all;
    }

    static Template resolved(String template) {
        return ok(Catalogue.builtIn().resolve(template), template);
    }

    /** The declaration as {@code zhibiao new TEMPLATE [--profile P]} prints it (YAML, schema line first). */
    static String compiled(Skeleton skeleton) {
        return Documents.toYaml(declaration(skeleton));
    }

    /** The form of {@code stage} that {@code zhibiao new --stage STAGE --from} writes of the skeleton. */
    static String staged(Skeleton skeleton, Stage stage) {
        return Documents.toYaml(StageDocuments.derive(declaration(skeleton), resolved(skeleton.template()), stage));
    }

    /** The self-evaluation form of the skeleton as {@code zhibiao score -o} writes it: every 得分, 总分 and 等级. */
    static String scored(Skeleton skeleton) {
        Template resolved = resolved(skeleton.template());
        Declaration form = StageDocuments.derive(declaration(skeleton), resolved, Stage.SELF_EVALUATION);
        return Documents.toYaml(
                SelfEvaluation.score(form, ScoringRules.of(resolved)).document());
    }

    private static Declaration declaration(Skeleton skeleton) {
        Template resolved = resolved(skeleton.template());
        Profile profile = skeleton.profile() == null
                ? Profile.of(null, null)
                : ok(Documents.readProfile(skeleton.profile(), resource(skeleton.profile())), skeleton.profile());
        Result<Declaration> compiled =
                Compiler.compile(resolved, profile, null, Catalogue.builtIn().index(resolved));
        return ok(compiled, skeleton.toString());
    }

    /** The YAML source of a built-in template or library, e.g. {@code zhibiao/templates/hubei/x.yaml}. */
    static List<String> sources(String folder, List<String> ids) {
        return ids.stream()
                .map(id -> "zhibiao/" + folder + "/" + id)
                .map(base -> Shipped.class.getClassLoader().getResource(base + ".yaml") != null
                        ? base + ".yaml"
                        : base + ".groovy")
                .toList();
    }

    /** The source as YAML; a Groovy source is validated as the YAML document it converts to. */
    static String text(String resource) {
        String text = new String(resource(resource), StandardCharsets.UTF_8);
        if (resource.endsWith(".groovy")) {
            return Documents.toYaml(new GroovyReader().read(resource, text).value());
        }
        return text;
    }

    static byte[] resource(String name) {
        try (InputStream in = Shipped.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T ok(Result<T> result, String what) {
        if (result.value() == null) {
            throw new AssertionError(what + ": " + result.diagnostics());
        }
        return result.value();
    }
}
