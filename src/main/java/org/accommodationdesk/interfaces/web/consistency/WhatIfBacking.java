package org.accommodationdesk.interfaces.web.consistency;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.consistency.PolicyView;
import org.accommodationdesk.application.consistency.WhatIfReport;
import org.accommodationdesk.application.consistency.WhatIfService;
import org.accommodationdesk.application.consistency.WhatIfService.RuleInput;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.analysis.RuleKind;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;
import org.accommodationdesk.interfaces.web.LanguageBacking;

/**
 * {@code /report/whatif.xhtml?period=2026&a=51&b=52}: policy what-if for HR reviewers,
 * administrators and union reps. Two saved policies side by side beside what happened over a whole
 * past period (the address keeps the choice), and a form to write a policy (one rule per category;
 * rules per arrangement through the API) and save it, change or remove one of the caller's side.
 * Each change goes back to the page (post, then redirect).
 */
@Named
@ViewScoped
public class WhatIfBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The editor's choice that keeps a category's decisions as they were. */
  public static final String AS_DECIDED = "AS_DECIDED";

  @Inject private WhatIfService whatIf;
  @Inject private FacesSupport faces;
  @Inject private LanguageBacking language;
  @Inject private org.accommodationdesk.interfaces.web.FormatBacking fmt;

  private String period;
  private String a;
  private String b;
  private List<PolicyView> policies;
  private WhatIfReport first;
  private WhatIfReport second;

  private Long editing;
  private Long editingVersion;
  private String name;
  private final Map<String, String> rule = new LinkedHashMap<>();
  private final Map<String, Number> number = new LinkedHashMap<>();

  /** The page's view action. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    for (Category c : Category.values()) {
      rule.putIfAbsent(c.name(), AS_DECIDED);
    }
    policies = whatIf.policies();
    try {
      StatsFilter f = StatsFilter.parse(period, null, null, null, null);
      first = evaluate(a, f);
      second = evaluate(b, f);
    } catch (DomainException e) {
      faces.show(e, Map.of("period", "choose:period", "policy", "choose:a"));
      first = null;
      second = null;
    }
  }

  private WhatIfReport evaluate(String id, StatsFilter f) {
    Long policy = FacesSupport.requestId(id);
    return policy == null ? null : whatIf.evaluateSaved(policy, f);
  }

  /** Fills the form with a saved policy of the caller's side, to change it. */
  public void edit(long id) {
    PolicyView p = whatIf.policy(id);
    editing = p.id();
    editingVersion = p.version();
    name = p.name();
    for (Category c : Category.values()) {
      rule.put(c.name(), AS_DECIDED);
      number.remove(c.name());
    }
    for (WhatIfReport.RuleView r : p.rules()) {
      if (r.arrangement() == null) {
        rule.put(r.category(), r.rule());
        number.put(r.category(), r.parameter());
      }
    }
  }

  public void save() throws IOException {
    List<RuleInput> rules = new ArrayList<>();
    // each rule's problems beside its category's fields
    Map<String, String> fields = new java.util.HashMap<>();
    fields.put("name", "policyForm:name");
    fields.put("rules", "policyForm:categories:0:rule");
    for (Category c : Category.values()) {
      String kind = rule.get(c.name());
      if (kind != null && !AS_DECIDED.equals(kind)) {
        String at = "policyForm:categories:" + c.ordinal();
        fields.put("rules[" + rules.size() + "].parameter", at + ":number");
        fields.put("rules[" + rules.size() + "].rule", at + ":rule");
        rules.add(new RuleInput(c.name(), null, kind, whole(number.get(c.name()))));
      }
    }
    try {
      PolicyView saved =
          editing == null
              ? whatIf.create(name, rules)
              : whatIf.change(editing, editingVersion, name, rules);
      done(faces.text("whatif.saved", saved.name()), String.valueOf(saved.id()));
    } catch (DomainException e) {
      faces.show(e, fields);
    }
  }

  /** The number as the rule takes it (the converter gives a Long; out of range stays so). */
  private static Integer whole(Number n) {
    return n == null
        ? null
        : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.longValue()));
  }

  public void remove(long id, Long version) throws IOException {
    try {
      whatIf.remove(id, version);
      done(faces.text("whatif.removed"), null);
    } catch (DomainException e) {
      faces.show(e, Map.of());
    }
  }

  private void done(String message, String show) throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.getFlash().setKeepMessages(true);
    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    StringBuilder to = new StringBuilder(ec.getRequestContextPath()).append("/report/whatif.xhtml");
    String sep = "?";
    if (period != null && !period.isBlank()) {
      to.append(sep).append("period=").append(URLEncoder.encode(period, StandardCharsets.UTF_8));
      sep = "&";
    }
    if (show != null) {
      to.append(sep).append("a=").append(show);
    }
    ec.redirect(to.toString());
  }

  /** The rows of one table: the groups of the first report, with the second's beside them. */
  public List<Line> lines(String group) {
    if (first == null) {
      return List.of();
    }
    List<WhatIfReport.Row> rows = rows(first, group);
    List<WhatIfReport.Row> others = second == null ? List.of() : rows(second, group);
    List<Line> lines = new ArrayList<>();
    for (WhatIfReport.Row r : rows) {
      WhatIfReport.Row o =
          others.stream().filter(x -> x.key().equals(r.key())).findFirst().orElse(null);
      lines.add(new Line(label(group, r.key()), r, o));
    }
    return lines;
  }

  /** One row of a side-by-side table. */
  public record Line(String label, WhatIfReport.Row first, WhatIfReport.Row second) {}

  private static List<WhatIfReport.Row> rows(WhatIfReport r, String group) {
    return switch (group) {
      case "CATEGORY" -> r.byCategory();
      case "WORK_LOCATION" -> r.byLocation();
      case "JOB_CLASS" -> r.byJobClass();
      default -> List.of(r.total());
    };
  }

  private String label(String group, String key) {
    return switch (group) {
      case "CATEGORY" -> faces.text("category." + key);
      case "WORK_LOCATION" -> fmt.location(key);
      case "JOB_CLASS" -> fmt.jobClass(key);
      default -> faces.text("whatif.all");
    };
  }

  public List<String> getGroups() {
    return List.of("ALL", "CATEGORY", "WORK_LOCATION", "JOB_CLASS");
  }

  public String count(Cell c) {
    if (c == null) {
      return "–";
    }
    if (c.suppressed()) {
      return faces.text("stats.hidden");
    }
    if (c.value() == null) {
      return "–";
    }
    if (c.value() instanceof Double d) {
      NumberFormat f = NumberFormat.getPercentInstance(language.getLocale());
      f.setMaximumFractionDigits(1);
      f.setMinimumFractionDigits(1);
      return f.format(d);
    }
    return NumberFormat.getIntegerInstance(language.getLocale()).format(c.value());
  }

  /** A saved policy's rules in words, for the list. */
  public String rules(PolicyView p) {
    List<String> words = new ArrayList<>();
    for (WhatIfReport.RuleView r : p.rules()) {
      String what =
          r.parameter() == null
              ? faces.text("whatif.rule." + r.rule())
              : faces.text("whatif.rule." + r.rule() + ".n", r.parameter());
      String whom =
          faces.text("category." + r.category())
              + (r.arrangement() == null
                  ? ""
                  : " · " + faces.text("arrangement." + r.arrangement()));
      words.add(whom + ": " + what);
    }
    return String.join("; ", words);
  }

  /** The name of the policy shown in the first or second column. */
  public String policyName(String id) {
    Long p = FacesSupport.requestId(id);
    return policies.stream()
        .filter(x -> p != null && x.id() == p)
        .map(PolicyView::name)
        .findFirst()
        .orElse("");
  }

  public String getCsvQuery() {
    return "policy="
        + (a == null ? "" : a.strip())
        + (period == null || period.isBlank()
            ? ""
            : "&period=" + URLEncoder.encode(period.strip(), StandardCharsets.UTF_8));
  }

  public List<String> getKinds() {
    List<String> kinds = new ArrayList<>();
    kinds.add(AS_DECIDED);
    boolean union = whatIf.protectedView();
    for (RuleKind k : RuleKind.values()) {
      // a share is refused to the union (ADR 0023): not offered either
      if (!(union && k == RuleKind.APPROVE_SHARE)) {
        kinds.add(k.name());
      }
    }
    return kinds;
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  public List<PolicyView> getPolicies() {
    return policies;
  }

  public WhatIfReport getFirst() {
    return first;
  }

  public WhatIfReport getSecond() {
    return second;
  }

  public Map<String, String> getRule() {
    return rule;
  }

  public Map<String, Number> getNumber() {
    return number;
  }

  public Long getEditing() {
    return editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getA() {
    return a;
  }

  public void setA(String a) {
    this.a = a;
  }

  public String getB() {
    return b;
  }

  public void setB(String b) {
    this.b = b;
  }
}
