package org.zhibiao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV profile files for the batch tests: a header and {@code n} numbered departments. */
final class Csvs {

    static final String HEADER = "department,code,year,preparer,phone,date\n";

    private Csvs() {}

    static String department(int i) {
        return "第" + i + "公安分局," + String.format("%04d", i) + ",2024,填报人" + i + ",0711-37527" + (i % 100)
                + ",2024年1月15日\n";
    }

    static Path write(Path file, int n) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            csv.append(department(i));
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
