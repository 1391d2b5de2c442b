package org.accommodationdesk.interfaces.web.employee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What happens next for the employee, as a bundle key: {@code next.<status>}, or {@code
 * next.<status>.final} when a decision can no longer be appealed, or {@code next.CONFIRM} while a
 * request someone filed for them waits for their confirmation. The one place both My requests and
 * the request page take it from ({@code #{nextStep.key(...)}}).
 */
@Named
@ApplicationScoped
public class NextStep {
  public static String of(String status, boolean finalDecision, boolean awaitingConfirmation) {
    if (awaitingConfirmation) {
      return "CONFIRM";
    }
    return finalDecision ? status + ".final" : status;
  }

  /** {@link #of} for pages. */
  public String key(String status, boolean finalDecision, boolean awaitingConfirmation) {
    return of(status, finalDecision, awaitingConfirmation);
  }
}
