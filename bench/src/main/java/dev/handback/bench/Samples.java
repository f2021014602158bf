package dev.handback.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Repeated measurements of one quantity: their median and spread. */
public final class Samples {
  private final List<Double> values = new ArrayList<>();

  /** Adds one measurement. */
  public void add(double value) {
    values.add(value);
  }

  /** How many measurements were added. */
  public int size() {
    return values.size();
  }

  /** The median; NaN when empty. */
  public double median() {
    return percentile(50);
  }

  /** The smallest measurement. */
  public double min() {
    return percentile(0);
  }

  /** The largest measurement. */
  public double max() {
    return percentile(100);
  }

  /** Half the range between min and max, as a share of the median: {@code ±0.04} is ±4 %. */
  public double halfRangeShare() {
    return (max() - min()) / 2 / median();
  }

  private double percentile(int p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    double rank = p / 100.0 * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
  }
}
