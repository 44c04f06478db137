package org.zhibiao.catalogue;

/** Orders versions such as {@code 2024.1} < {@code 2024.10} < {@code 2025.1} numerically by part. */
final class Versions {

    private Versions() {}

    static int compare(String a, String b) {
        String[] x = (a == null ? "" : a).split("[.-]", -1);
        String[] y = (b == null ? "" : b).split("[.-]", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length && !x[i].isEmpty() ? x[i] : "0";
            String q = i < y.length && !y[i].isEmpty() ? y[i] : "0";
            int c = p.matches("\\d+") && q.matches("\\d+")
                    ? Long.compare(Long.parseLong(p), Long.parseLong(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
