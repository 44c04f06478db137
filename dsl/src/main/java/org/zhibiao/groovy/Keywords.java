package org.zhibiao.groovy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Hint;

/** The DSL keywords of each delegate, for "did you mean …?" on a misspelt keyword. */
final class Keywords {

    private static final Pattern NO_METHOD = Pattern.compile("Cannot find matching method ([\\w.$]+)#([^(\\s]+)\\(");
    private static final List<Class<?>> DELEGATES = List.of(
            TemplateScript.class,
            TemplateSpec.class,
            FormSpec.class,
            TableSpec.class,
            StageSpec.class,
            ScoringSpec.class,
            FundsSpec.class,
            Level1Spec.class,
            Level2Spec.class,
            SlotSpec.class,
            AdditionSpec.class,
            ChangeSpec.class,
            RulesSpec.class,
            LibrarySpec.class,
            IndicatorSpec.class);

    private Keywords() {}

    /** A hint for a type checker message about a method the delegate lacks; none otherwise. */
    static Hint suggest(String message) {
        Matcher m = NO_METHOD.matcher(message);
        if (!m.find()) {
            return Hint.NONE;
        }
        String owner = m.group(1);
        // inside a closure the type checker names the script, not the delegate: then try every keyword
        Set<String> candidates = DELEGATES.stream()
                .filter(c -> c.getName().equals(owner) || c.getSimpleName().equals(owner))
                .findFirst()
                .map(Keywords::of)
                .orElseGet(Keywords::all);
        return DidYouMean.hint(m.group(2), candidates);
    }

    static Set<String> all() {
        Set<String> names = new TreeSet<>();
        DELEGATES.forEach(c -> names.addAll(of(c)));
        return names;
    }

    /** The public keyword names of one delegate class. */
    static Set<String> of(Class<?> delegate) {
        Set<String> names = new TreeSet<>();
        for (Method method : delegate.getMethods()) {
            boolean dsl = method.getDeclaringClass().getPackageName().equals(Keywords.class.getPackageName());
            if (dsl
                    && Modifier.isPublic(method.getModifiers())
                    && !method.getName().equals(PositionMarker.MARK)) {
                names.add(method.getName());
            }
        }
        return names;
    }
}
