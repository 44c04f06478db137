package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.zhibiao.diag.Position;

/**
 * The form header's people and date (填报人, 联系电话, 填报日期).
 *
 * @param preparer 填报人
 * @param phone 联系电话, kept as text (0711-3752722)
 * @param date 填报日期 as written, e.g. 2024年1月15日
 */
public record Contact(
        String preparer,
        String phone,
        String date,
        @JsonIgnore Position pos) {

    public Contact {
        pos = pos == null ? Position.NONE : pos;
    }
}
