package org.reachlab.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A small SVG chart with linear axes, lines, step lines, points, bars, error bars and a legend. */
final class Chart {

    static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf"};

    private static final int LEFT = 60;
    private static final int RIGHT = 150;
    private static final int TOP = 30;
    private int bottom = 45;
    private boolean rotate;

    private final String title;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final String xLabel;
    private final String yLabel;
    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> legend = new ArrayList<>();
    private double[] xTicks;
    private String[] xTickLabels;

    Chart(String title, double x0, double x1, double y0, double y1, String xLabel, String yLabel, int width,
          int height) {
        this.title = title;
        this.x0 = x0;
        this.x1 = x1 == x0 ? x0 + 1 : x1;
        this.y0 = y0;
        this.y1 = y1 == y0 ? y0 + 1 : y1;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.width = width;
        this.height = height;
    }

    Chart xTicks(double[] ticks, String[] labels) {
        this.xTicks = ticks;
        this.xTickLabels = labels;
        return this;
    }

    /** Slanted x tick labels for long names (more room below the axis). */
    Chart rotateTicks() {
        this.rotate = true;
        this.bottom = 110;
        return this;
    }

    double px(double x) {
        return LEFT + (x - x0) / (x1 - x0) * (width - LEFT - RIGHT);
    }

    double py(double y) {
        return height - bottom - (y - y0) / (y1 - y0) * (height - TOP - bottom);
    }

    Chart line(double[] xs, double[] ys, String color, boolean step, boolean dashed, String name) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        double prevY = Double.NaN;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(ys[i])) {
                pen = false;
                continue;
            }
            if (!pen) {
                d.append(f("M%.1f,%.1f", px(xs[i]), py(ys[i])));
                pen = true;
            } else if (step) {
                d.append(f("L%.1f,%.1fL%.1f,%.1f", px(xs[i]), py(prevY), px(xs[i]), py(ys[i])));
            } else {
                d.append(f("L%.1f,%.1f", px(xs[i]), py(ys[i])));
            }
            prevY = ys[i];
        }
        body.append(f("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>", d, color,
                dashed ? " stroke-dasharray=\"6 4\"" : ""));
        if (name != null) {
            legend.add(new String[] {name, color, dashed ? "dash" : "line"});
        }
        return this;
    }

    Chart points(double[] xs, double[] ys, double[] radius, String color, String name) {
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isNaN(ys[i])) {
                body.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.75\"/>", px(xs[i]),
                        py(ys[i]), radius == null ? 3.5 : radius[i], color));
            }
        }
        if (name != null) {
            legend.add(new String[] {name, color, "point"});
        }
        return this;
    }

    Chart bar(double x, double halfWidth, double y, String color) {
        double top = py(Math.max(y, y0));
        double base = py(Math.max(y0, 0 < y0 ? y0 : 0));
        body.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.8\"/>",
                px(x - halfWidth), Math.min(top, base), px(x + halfWidth) - px(x - halfWidth), Math.abs(base - top), color));
        return this;
    }

    Chart errorBar(double x, double lo, double hi, String color) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return this;
        }
        double cx = px(x);
        body.append(f("<path d=\"M%.1f,%.1fL%.1f,%.1fM%.1f,%.1fL%.1f,%.1fM%.1f,%.1fL%.1f,%.1f\" stroke=\"%s\""
                + " stroke-width=\"1.5\"/>", cx, py(lo), cx, py(hi), cx - 5, py(lo), cx + 5, py(lo), cx - 5, py(hi),
                cx + 5, py(hi), color));
        return this;
    }

    Chart diagonal() {
        body.append(f("<path d=\"M%.1f,%.1fL%.1f,%.1f\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>", px(x0), py(x0),
                px(Math.min(x1, y1)), py(Math.min(x1, y1))));
        return this;
    }

    Chart hline(double y, String color) {
        body.append(f("<path d=\"M%.1f,%.1fL%.1f,%.1f\" stroke=\"%s\" stroke-dasharray=\"3 3\"/>", px(x0), py(y), px(x1),
                py(y), color));
        return this;
    }

    String svg() {
        StringBuilder s = new StringBuilder();
        s.append(f("<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-label=\"%s\">", width, height, width, height, Html.esc(title)));
        s.append(f("<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>", LEFT, Html.esc(title)));
        // axes and grid
        for (int i = 0; i <= 5; i++) {
            double y = y0 + (y1 - y0) * i / 5;
            s.append(f("<path d=\"M%d,%.1fL%d,%.1f\" stroke=\"#e5e5e5\"/>", LEFT, py(y), width - RIGHT, py(y)));
            s.append(f("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>", LEFT - 5, py(y) + 4,
                    tick(y)));
        }
        if (xTicks != null) {
            for (int i = 0; i < xTicks.length; i++) {
                if (rotate) {
                    s.append(f("<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-35 %.1f %d)\">%s</text>",
                            px(xTicks[i]), height - bottom + 15, px(xTicks[i]), height - bottom + 15,
                            Html.esc(xTickLabels[i])));
                } else {
                    s.append(f("<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>", px(xTicks[i]),
                            height - bottom + 15, Html.esc(xTickLabels[i])));
                }
            }
        }
        s.append(f("<path d=\"M%d,%dL%d,%dL%d,%d\" fill=\"none\" stroke=\"#333\"/>", LEFT, TOP, LEFT, height - bottom,
                width - RIGHT, height - bottom));
        s.append(f("<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
                (LEFT + width - RIGHT) / 2.0, height - 8, Html.esc(xLabel)));
        s.append(f("<text x=\"14\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.1f)\">%s</text>",
                (TOP + height - bottom) / 2.0, (TOP + height - bottom) / 2.0, Html.esc(yLabel)));
        s.append(body);
        int ly = TOP + 5;
        for (String[] l : legend) {
            int lx = width - RIGHT + 10;
            if (l[2].equals("point")) {
                s.append(f("<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\"/>", lx + 10, ly, l[1]));
            } else {
                s.append(f("<path d=\"M%d,%dL%d,%d\" stroke=\"%s\" stroke-width=\"2\"%s/>", lx, ly, lx + 20, ly, l[1],
                        l[2].equals("dash") ? " stroke-dasharray=\"6 4\"" : ""));
            }
            s.append(f("<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", lx + 25, ly + 4, Html.esc(l[0])));
            ly += 16;
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String tick(double v) {
        double a = Math.abs(v);
        if (a != 0 && a < 0.1) {
            return f("%.3f", v);
        }
        return a >= 10 ? f("%.0f", v) : f("%.2f", v);
    }

    static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }

    /** A grid of cells coloured from white (0) to dark blue (max); NaN cells are grey. */
    static String heatmap(String title, double[][] grid, String[] rows, int fromCol, int toCol, double max) {
        int cell = 22;
        int left = 40;
        int top = 28;
        int w = left + (toCol - fromCol) * cell + 10;
        int h = top + rows.length * cell + 26;
        StringBuilder s = new StringBuilder();
        s.append(f("<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-label=\"%s\">", w, h, w, h, Html.esc(title)));
        s.append(f("<text x=\"%d\" y=\"16\" font-size=\"12\" font-weight=\"bold\">%s</text>", left, Html.esc(title)));
        for (int r = 0; r < rows.length; r++) {
            s.append(f("<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>", left - 4,
                    top + r * cell + 15, Html.esc(rows[r])));
            for (int c = fromCol; c < toCol; c++) {
                double v = grid[r][c];
                String fill;
                if (Double.isNaN(v)) {
                    fill = "#eeeeee";
                } else {
                    double t = Math.max(0, Math.min(1, v / max));
                    int red = (int) Math.round(255 - t * (255 - 8));
                    int green = (int) Math.round(255 - t * (255 - 48));
                    int blue = (int) Math.round(255 - t * (255 - 107));
                    fill = f("#%02x%02x%02x", red, green, blue);
                }
                s.append(f("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"><title>%s %02d:00 %s</title></rect>",
                        left + (c - fromCol) * cell, top + r * cell, cell, cell, fill, Html.esc(rows[r]), c,
                        Double.isNaN(v) ? "not allowed" : f("%.2f", v)));
            }
        }
        for (int c = fromCol; c < toCol; c += 2) {
            s.append(f("<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%02d</text>",
                    left + (c - fromCol) * cell + cell / 2, top + rows.length * cell + 14, c));
        }
        s.append("</svg>");
        return s.toString();
    }
}
