package org.zhibiao.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a number component that cannot be below zero, such as an amount of money or its share
 * (#13: a negative 金额 was accepted and summed). Readers report a negative value where it is
 * written, like {@link Required}: one mark next to the component, read by the binder.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface NonNegative {}
