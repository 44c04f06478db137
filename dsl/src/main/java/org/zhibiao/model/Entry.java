package org.zhibiao.model;

import org.zhibiao.diag.Position;

/**
 * One item under a 二级指标 of a template: a reference to a library indicator, an indicator
 * defined in place, or a slot the department fills with its own indicators.
 */
public sealed interface Entry permits LibraryRef, Inline, Slot {

    Position pos();
}
