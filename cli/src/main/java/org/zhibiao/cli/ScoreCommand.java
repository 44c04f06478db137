package org.zhibiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.score.ScoringRules;
import org.zhibiao.score.Subtotal;
import org.zhibiao.stage.SelfEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhibiao score}: scores a self-evaluation (绩效自评表) by its template's scoring rules
 * ({@link ScoringRules#of}, national 10号 defaults) and writes every 得分, the 执行率, 总分 and 等级 into the
 * document, or prints a summary per 一级 (issue 16). What the department typed wrong is printed as
 * findings on stderr; {@code check} reports the same at the cell.
 */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE")
    Path output;

    @Option(names = "--force")
    boolean force;

    @Mixin
    CatalogueOption catalogueOption;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Catalogue catalogue = catalogueOption.load(err, lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        Pipeline.Loaded loaded = new Pipeline(catalogue, null).load(file);
        if (!loaded.usable()) {
            Console.print(err, loaded.problems(), lang.lang);
            return ExitCode.USAGE;
        }
        Declaration doc = loaded.declaration();
        Template resolved = loaded.template();
        if (doc.stage() != Stage.SELF_EVALUATION) {
            Console.print(
                    err, List.of(Problem.NOT_SELF_EVALUATION.at(Position.of(file.toString(), 1, 1), file)), lang.lang);
            return ExitCode.USAGE;
        }
        SelfEvaluation.Scored scored = SelfEvaluation.score(doc, ScoringRules.of(resolved));
        Console.print(err, scored.card().findings(), lang.lang);
        if (output == null) {
            summary(spec.commandLine().getOut(), scored);
            return ExitCode.OK;
        }
        Format format = Format.byName(output.toString());
        Diagnostic failed = (format == null || format == Format.YAML) && !Inputs.isStandard(output)
                ? SchemaBeside.writeDeclaration(
                        output,
                        scored.document(),
                        resolved,
                        force,
                        spec.commandLine().getOut())
                : Pipeline.write(
                        format == null ? Format.YAML : format,
                        scored.document(),
                        resolved,
                        output,
                        force,
                        spec.commandLine().getOut());
        if (failed != null) {
            Console.print(err, List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    private void summary(PrintWriter out, SelfEvaluation.Scored scored) {
        out.println(Text.SCORE_TABLE_HEADER.format(lang.lang));
        for (Subtotal s : scored.card().subtotals()) {
            out.println(Text.SCORE_LINE.format(
                    lang.lang,
                    s.level1(),
                    s.weight() == null ? "" : s.weight().toPlainString(),
                    s.points().toPlainString(),
                    s.score().toPlainString()));
        }
        out.println(Text.SCORE_TOTAL.format(
                lang.lang,
                scored.card().total().toPlainString(),
                scored.card().grade().label(lang.lang)));
        out.flush();
    }
}
