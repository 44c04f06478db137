package org.zhibiao.diag;

/** The language a diagnostic is rendered in: Chinese for finance clerks, English for engineers. */
public enum Lang {
    ZH,
    EN
}
