package dev.handback.samples.springboot;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application's own security, which the webhook falls under like any other endpoint: the
 * outside desk logs in to post to {@code /handback/**}. The rest of this sample is open.
 */
@Configuration
public class DeskSecurity {

  /** Only the desk may post replies. */
  @Bean
  @Order(1)
  SecurityFilterChain webhook(HttpSecurity http) throws Exception {
    return http.securityMatcher("/handback/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("DESK"))
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable()) // its callers are systems, not browsers with a session
        .build();
  }

  /** The sample's reviewer screen and Actuator: open, as a sample; protect your own. */
  @Bean
  @Order(2)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** The outside desk's account. */
  @Bean
  InMemoryUserDetailsManager users(@Value("${sample.desk.password}") String password) {
    return new InMemoryUserDetailsManager(
        User.withUsername("desk").password("{noop}" + password).roles("DESK").build());
  }
}
