package dev.handback.spring.desk;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * An application of a team that uses Temporal's Spring Boot starter and Handback's, with no
 * Handback configuration at all: its own Micrometer registry and its own Spring Security rules,
 * under which the desk must log in to post to the webhook.
 */
@SpringBootApplication
public class DeskApplication {
  /** The task queue of the desk's workflows and activities. */
  public static final String QUEUE = "desk";

  /** The user the desk posts its replies as. */
  public static final String DESK_USER = "desk";

  /** Its password. */
  public static final String DESK_PASSWORD = "desk-password";

  @Bean
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  @Bean
  SecurityFilterChain security(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests.requestMatchers("/handback/**").hasRole("DESK").anyRequest().denyAll())
        .httpBasic(Customizer.withDefaults())
        // The webhook's callers are other systems, not browsers holding a session.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/handback/**"))
        .build();
  }

  @Bean
  InMemoryUserDetailsManager users() {
    return new InMemoryUserDetailsManager(
        User.withUsername(DESK_USER).password("{noop}" + DESK_PASSWORD).roles("DESK").build());
  }
}
