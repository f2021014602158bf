package dev.handback.e2e;

import java.math.BigDecimal;

/** Types nested in a class, used as activity results. */
public final class Catalog {
  private Catalog() {}

  /** A catalog item. */
  public record Item(String sku, int quantity) {}

  /** An amount of money. */
  public record Amount(BigDecimal value, String currency) {}

  /** A type nested two levels deep. */
  public static final class Shelf {
    private Shelf() {}

    /** Where an item is kept. */
    public record Slot(String aisle, int level) {}
  }
}
