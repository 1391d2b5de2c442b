package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether this is a demo installation, so the login page may list the demo accounts. */
@Named
@ApplicationScoped
public class DemoModeBacking {
  @Inject
  @ConfigProperty(name = "accommodationdesk.demo", defaultValue = "false")
  private boolean demo;

  public boolean isDemo() {
    return demo;
  }
}
