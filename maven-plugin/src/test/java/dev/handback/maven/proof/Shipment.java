package dev.handback.maven.proof;

import java.util.List;

/**
 * What a carrier booked.
 *
 * @param carrier who carries the parcel
 * @param days how many days delivery takes
 * @param speed the service booked
 * @param stops where the parcel passes, in order
 */
public record Shipment(String carrier, int days, Speed speed, List<String> stops) {

  /** The carrier's services. */
  public enum Speed {
    STANDARD,
    EXPRESS
  }
}
