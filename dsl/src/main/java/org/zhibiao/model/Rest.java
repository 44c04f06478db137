package org.zhibiao.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code Map<String, Cell>} component of a record that takes the keys the record does
 * not name itself: a row's template-declared columns. Readers put every other scalar key there
 * with its position instead of refusing it; whether the table has such a column is the shape's
 * question, asked by the checker where the template is known ({@code unknown-column}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Rest {}
