package org.zhibiao.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhibiao.check.Checker;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;
import org.zhibiao.yaml.Documents;

/**
 * The hot paths of a province-scale run (issue 7), warm: parse 指标值, read a declaration, compile
 * a template with a profile, check a declaration. Run by {@code bench/jmh.sh}, never by the build.
 * The check figures divided by the row count answer issue 6's "well under a millisecond per row".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
public class HotPathsBenchmark {

    private List<String> seedValues;
    private Template hubei;
    private Template jiangsu;
    private IndicatorIndex hubeiIndex;
    private Profile ezhouProfile;
    private Declaration suzhou;
    private Declaration ezhou100;
    private Checker hubeiChecker;
    private byte[] ezhouYaml;
    private byte[] ezhouJson;

    @Setup(Level.Trial)
    public void setUp() {
        hubei = BenchData.template("hubei/public-security");
        jiangsu = BenchData.template("jiangsu/public-security");
        hubeiIndex = BenchData.CATALOGUE.index(hubei);
        ezhouProfile = BenchData.profile("ezhou-2024.yaml");
        Declaration ezhou = BenchData.compile(hubei, ezhouProfile);
        suzhou = BenchData.compile(jiangsu, BenchData.profile("suzhou-2024.yaml"));
        ezhou100 = BenchData.withRows(ezhou, 100);
        hubeiChecker = Checker.of(hubei, List.of());
        ezhouYaml = Documents.toYaml(ezhou).getBytes(StandardCharsets.UTF_8);
        ezhouJson = Documents.toJson(ezhou).getBytes(StandardCharsets.UTF_8);
        seedValues = BenchData.seedValues();
        System.out.printf(
                "%n[setup] %d seed values; suzhou %d rows; ezhou %d rows, grown to %d; yaml %d bytes, json %d bytes%n",
                seedValues.size(),
                BenchData.rows(suzhou),
                BenchData.rows(ezhou),
                BenchData.rows(ezhou100),
                ezhouYaml.length,
                ezhouJson.length);
    }

    /** Every seed 指标值 parsed once (one op = all of them). */
    @Benchmark
    public void parseSeedValues(Blackhole bh) {
        for (String value : seedValues) {
            try {
                bh.consume(Targets.parse(value));
            } catch (TargetException e) {
                bh.consume(e);
            }
        }
    }

    @Benchmark
    public Result<Declaration> readDeclarationYaml() {
        return Documents.readDeclaration("ezhou.yaml", ezhouYaml);
    }

    @Benchmark
    public Result<Declaration> readDeclarationJson() {
        return Documents.readDeclaration("ezhou.json", ezhouJson);
    }

    @Benchmark
    public Result<Declaration> compileHubeiWithEzhouProfile() {
        return Compiler.compile(hubei, ezhouProfile, null, hubeiIndex);
    }

    @Benchmark
    public String compileAndWriteYaml() {
        return Documents.toYaml(
                Compiler.compile(hubei, ezhouProfile, null, hubeiIndex).value());
    }

    @Benchmark
    public List<Diagnostic> checkSuzhou() {
        return Checker.check(jiangsu, suzhou);
    }

    /** A checker made for the one declaration, as a single {@code zhibiao check}: every row judged. */
    @Benchmark
    public List<Diagnostic> check100Rows() {
        return Checker.check(hubei, ezhou100);
    }

    /**
     * The bulk path: one checker prepared per template, as {@code zhibiao check DIR} uses it; every
     * row is one it judged before (its row memo's hit path, as for the template's own rows in a batch).
     */
    @Benchmark
    public List<Diagnostic> check100RowsPrepared() {
        return hubeiChecker.check(ezhou100);
    }
}
