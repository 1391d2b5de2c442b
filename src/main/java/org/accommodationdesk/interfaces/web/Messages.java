package org.accommodationdesk.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Text from the page bundle in the current view's language. */
final class Messages {
  private static final String BUNDLE = "org.accommodationdesk.i18n.messages";

  private Messages() {}

  static String text(FacesContext context, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
  }
}
