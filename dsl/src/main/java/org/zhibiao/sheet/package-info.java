/**
 * Table files without an Office library: {@link org.zhibiao.sheet.Sheet} (what a reader of xlsx,
 * xls or CSV saw, cell by cell, with positions), {@link org.zhibiao.sheet.PrintedForm} (what a
 * writer puts on paper), and {@link org.zhibiao.sheet.CsvText}, CSV read and written the way
 * spreadsheets open it. The POI-backed readers and writers live in {@code cli}'s office package.
 */
package org.zhibiao.sheet;
