package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * A performance-target template (绩效目标申报表模板): the form's shape and the indicator tree a
 * department starts from. As written it may extend a parent and edit it; once resolved, its tree
 * is complete, its library references are inlined and its edit lists are empty.
 *
 * @param id e.g. {@code hubei/public-security}
 * @param version e.g. {@code 2024.1}
 * @param title the form's title
 * @param scope department-overall or project
 * @param parent {@code id} or {@code id@version} of the template this one extends
 * @param libraries ids of the libraries whose entries {@code ref:} may name, searched in order
 * @param form tables, columns and vocabularies; inherited when absent
 * @param indicators the 一级 → 二级 → 三级 tree
 * @param add rows, 二级 or 一级 added to the parent
 * @param overrides inherited rows changed ({@code override:})
 * @param remove paths of inherited rows or branches removed
 * @param fill default rows for inherited slots
 * @param rules checker rule settings
 */
public record Template(
        @Required String id,
        String version,
        String title,
        Scope scope,
        @JsonProperty("extends") String parent,
        List<String> libraries,
        Form form,
        List<Level1> indicators,
        List<Addition> add,
        @JsonProperty("override") List<Change> overrides,
        List<String> remove,
        List<Fill> fill,
        List<RuleSetting> rules,
        @JsonIgnore Position pos) {

    public Template {
        libraries = Lists.copy(libraries);
        indicators = Lists.copy(indicators);
        add = Lists.copy(add);
        overrides = Lists.copy(overrides);
        remove = Lists.copy(remove);
        fill = Lists.copy(fill);
        rules = Lists.copy(rules);
        pos = pos == null ? Position.NONE : pos;
    }

    /** {@code id@version}, the pin a declaration records. */
    public String reference() {
        return version == null ? id : id + "@" + version;
    }
}
