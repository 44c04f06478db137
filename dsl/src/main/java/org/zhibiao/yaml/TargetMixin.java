package org.zhibiao.yaml;

import com.fasterxml.jackson.annotation.JsonValue;

/** Writes every 指标值 in its canonical printed form ({@code ≥95%}), as people read it. */
interface TargetMixin {

    @JsonValue
    String print();
}
