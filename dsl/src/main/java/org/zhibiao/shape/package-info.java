/**
 * The shape of a form's tables as the template declares it, and the printed layout read and
 * written from it: one description of the columns drives the CSV and workbook readers and
 * writers, the schemas, the docs and the rules (DESIGN.md, "one shape, every codec").
 */
package org.zhibiao.shape;
