// @AsyncCompletable on an annotation type
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@AsyncCompletable(startToClose = "PT1H")
public @interface Marker {}
// expect: ERROR 12:1 [HB001] @AsyncCompletable is on com.example.Marker, which is not an @ActivityInterface: annotate the interface with @io.temporal.activity.ActivityInterface, or move @AsyncCompletable to one
