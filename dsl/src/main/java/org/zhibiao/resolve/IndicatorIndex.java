package org.zhibiao.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Library;

/** Finds library entries by id, name or alias across the libraries a template names, in order. */
public final class IndicatorIndex {

    private final Map<String, IndicatorDef> byKey = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    public IndicatorIndex(List<Library> libraries) {
        for (Library library : libraries) {
            for (IndicatorDef def : library.indicators()) {
                byKey.putIfAbsent(def.id(), def);
                byKey.putIfAbsent(def.name(), def);
                def.aliases().forEach(alias -> byKey.putIfAbsent(alias, def));
                names.add(def.name());
            }
        }
    }

    public IndicatorDef find(String key) {
        return key == null ? null : byKey.get(key.strip());
    }

    /** Every entry's printed name, for suggestions. */
    public List<String> names() {
        return names;
    }
}
