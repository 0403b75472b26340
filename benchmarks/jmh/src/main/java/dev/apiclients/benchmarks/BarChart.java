package dev.apiclients.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as SVG, drawn by hand (a chart is a few rectangles and labels; no library
 * is worth a dependency for it): one bar per variant, its value written beside it, and where a
 * value has a range over rounds, a whisker from the lowest to the highest.
 */
final class BarChart {
  private static final int WIDTH = 720;
  private static final int LABEL_WIDTH = 190;
  private static final int VALUE_WIDTH = 170;
  private static final int BAR_HEIGHT = 22;
  private static final int ROW_HEIGHT = 30;
  private static final int TOP = 48;

  private final String title;
  private final String note;
  private final List<Bar> bars = new ArrayList<>();

  /** {@code note} says how to read it, e.g. "ops/s, higher is better". */
  BarChart(String title, String note) {
    this.title = title;
    this.note = note;
  }

  BarChart bar(String label, double value, String valueText, boolean highlighted) {
    return bar(label, value, Double.NaN, Double.NaN, valueText, highlighted);
  }

  BarChart bar(String label, double value, double low, double high, String valueText, boolean highlighted) {
    bars.add(new Bar(label, value, low, high, valueText, highlighted));
    return this;
  }

  String svg() {
    double max = 0;
    for (Bar bar : bars) {
      max = Math.max(max, Double.isNaN(bar.high) ? bar.value : Math.max(bar.value, bar.high));
    }
    int plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    int height = TOP + ROW_HEIGHT * bars.size() + 12;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n", WIDTH, height, WIDTH, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height));
    svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"20\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
        escape(title)));
    svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"38\" fill=\"#555555\">%s</text>%n", escape(note)));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = TOP + i * ROW_HEIGHT;
      double scale = max > 0 ? plotWidth / max : 0;
      double length = Math.max(1, bar.value * scale);
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
          LABEL_WIDTH - 8, y + 16, escape(bar.label)));
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
          LABEL_WIDTH, y, length, BAR_HEIGHT, bar.highlighted ? "#1f6feb" : "#9aa4b1"));
      if (bar.high > bar.low) { // a range over rounds or samples; NaN (none) compares false
        double from = LABEL_WIDTH + bar.low * scale;
        double to = LABEL_WIDTH + bar.high * scale;
        int middle = y + BAR_HEIGHT / 2;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %dH%.1fM%.1f %dV%dM%.1f %dV%d\" stroke=\"#222222\""
            + " stroke-width=\"1.5\" fill=\"none\"/>%n", from, middle, to, from, middle - 5, middle + 5, to,
            middle - 5, middle + 5));
      }
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LABEL_WIDTH + plotWidth + 8,
          y + 16, escape(bar.valueText)));
    }
    return svg.append("</svg>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final class Bar {
    final String label;
    final double value;
    final double low;
    final double high;
    final String valueText;
    final boolean highlighted;

    Bar(String label, double value, double low, double high, String valueText, boolean highlighted) {
      this.label = label;
      this.value = value;
      this.low = low;
      this.high = high;
      this.valueText = valueText;
      this.highlighted = highlighted;
    }
  }
}
