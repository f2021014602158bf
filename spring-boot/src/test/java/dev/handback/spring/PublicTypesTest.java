package dev.handback.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an application sees of the starter: the auto-configuration and its properties, and no type
 * of {@code dev.handback.internal} in their public members.
 */
class PublicTypesTest {
  private static final List<Class<?>> PUBLIC =
      List.of(
          HandbackAutoConfiguration.class,
          HandbackProperties.class,
          HandbackProperties.Webhook.class);

  @Test
  void onlyTheAutoConfigurationAndItsPropertiesArePublic() throws Exception {
    for (String name :
        List.of(
            "GeneratedCompleters",
            "CompleterRegistrar",
            "WebhookRoutes",
            "HandbackAutoConfiguration$Webhook")) {
      Class<?> type = Class.forName("dev.handback.spring." + name);
      assertEquals(false, Modifier.isPublic(type.getModifiers()), name);
    }
  }

  @Test
  void noPublicMemberShowsAnInternalType() {
    List<String> shown = new ArrayList<>();
    for (Class<?> type : PUBLIC) {
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass() != type) {
          continue;
        }
        String signature = method.toGenericString();
        if (signature.contains("dev.handback.internal.")) {
          shown.add(signature);
        }
      }
    }
    assertEquals(List.of(), shown);
  }
}
