package com.example.orders.worker;

import com.example.orders.Confirmation;
import com.example.orders.OrderActivities;
import com.example.orders.OrderActivitiesAsync;

/** The worker: hands the activity to the supplier. */
public final class OrderActivitiesImpl implements OrderActivities {
  @Override
  public Confirmation confirm(String orderId) {
    OrderActivitiesAsync.confirm();
    return null;
  }
}
