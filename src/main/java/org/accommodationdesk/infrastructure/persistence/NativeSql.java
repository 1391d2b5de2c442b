package org.accommodationdesk.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A native SQL query built from typed parts (ADR 0010): the expressions to select, the tables, the
 * conditions each with its own values, the groups. Every value is bound, numbered here in the order
 * it stands in the SQL; no value is ever written into the text, and no caller counts parameters.
 * The parts are the application's own SQL fragments (columns, the buckets of {@link
 * StatisticsCubes}); what a person gives reaches a query only as a value.
 */
final class NativeSql {
  private final List<Part> select = new ArrayList<>();
  private String from;
  private NativeSql fromQuery;
  private final List<Part> where = new ArrayList<>();
  private final List<String> groupBy = new ArrayList<>();
  private String having;

  /** A fragment of SQL whose {@code ?} take {@code values}, in order. */
  private record Part(String sql, List<Object> values) {
    Part {
      long marks = sql.chars().filter(c -> c == '?').count();
      if (marks != values.size()) {
        throw new IllegalArgumentException(
            marks + " parameters in '" + sql + "' for " + values.size() + " values");
      }
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  private NativeSql() {}

  /** SELECT these expressions (constant SQL; no values). */
  static NativeSql select(String... expressions) {
    NativeSql q = new NativeSql();
    for (String e : expressions) {
      q.select.add(new Part(e, List.of()));
    }
    return q;
  }

  /** One more selected expression, whose {@code ?} take {@code values}. */
  NativeSql selectWith(String expression, List<?> values) {
    select.add(new Part(expression, new ArrayList<>(values)));
    return this;
  }

  /** FROM this table (with its alias and joins). */
  NativeSql from(String tables) {
    this.from = Objects.requireNonNull(tables, "tables");
    return this;
  }

  /** FROM the rows of another query, named {@code alias}; its values come before this one's. */
  NativeSql from(NativeSql query, String alias) {
    this.fromQuery = Objects.requireNonNull(query, "query");
    this.from = Objects.requireNonNull(alias, "alias");
    return this;
  }

  /**
   * AND {@code column} equals one of the application's own constant codes (a cube's kind), written
   * into the SQL so that the database plans each kind apart; only capitals, digits and underscores.
   */
  NativeSql whereCode(String column, String code) {
    where.add(new Part(column + " = " + code(code), List.of()));
    return this;
  }

  /**
   * One of the application's own constant codes as an SQL literal ('JOB_CLASS'); only capitals,
   * digits and underscores.
   *
   * @throws IllegalArgumentException for anything else
   */
  static String code(String code) {
    if (!code.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("not a code: " + code);
    }
    return "'" + code + "'";
  }

  /** AND this condition, whose {@code ?} take {@code values}. */
  NativeSql where(String condition, Object... values) {
    where.add(new Part(condition, List.of(values)));
    return this;
  }

  /** AND {@code condition} (one {@code ?}) with {@code value}, only when there is a value. */
  NativeSql whereGiven(String condition, Object value) {
    return value == null ? this : where(condition, value);
  }

  /** GROUP BY these expressions. */
  NativeSql groupBy(String... expressions) {
    groupBy.addAll(List.of(expressions));
    return this;
  }

  /** HAVING this condition (constant SQL). */
  NativeSql having(String condition) {
    this.having = condition;
    return this;
  }

  /** The SQL, with positional parameters ?1, ?2, ... in the order of {@link #values()}. */
  String sql() {
    return render(new int[] {0});
  }

  private String render(int[] n) {
    StringBuilder sql = new StringBuilder("SELECT ");
    sql.append(String.join(", ", select.stream().map(p -> number(p.sql(), n)).toList()));
    sql.append(" FROM ");
    if (fromQuery != null) {
      sql.append('(').append(fromQuery.render(n)).append(") ");
    }
    sql.append(Objects.requireNonNull(from, "from"));
    if (!where.isEmpty()) {
      sql.append(" WHERE ");
      sql.append(String.join(" AND ", where.stream().map(p -> number(p.sql(), n)).toList()));
    }
    if (!groupBy.isEmpty()) {
      sql.append(" GROUP BY ").append(String.join(", ", groupBy));
    }
    if (having != null) {
      sql.append(" HAVING ").append(having);
    }
    return sql.toString();
  }

  /** The values, in the order their parameters stand in {@link #sql()}. */
  List<Object> values() {
    List<Object> values = new ArrayList<>();
    select.forEach(p -> values.addAll(p.values()));
    if (fromQuery != null) {
      values.addAll(fromQuery.values());
    }
    where.forEach(p -> values.addAll(p.values()));
    return values;
  }

  /** The query on this entity manager, every value bound. */
  Query on(EntityManager em) {
    Query q = em.createNativeQuery(sql());
    List<Object> values = values();
    for (int i = 0; i < values.size(); i++) {
      q.setParameter(i + 1, values.get(i));
    }
    return q;
  }

  /** INSERT INTO {@code target} (a table and its columns) the rows of this query; how many. */
  int insertInto(EntityManager em, String target) {
    Query q = em.createNativeQuery("INSERT INTO " + target + " " + sql());
    List<Object> values = values();
    for (int i = 0; i < values.size(); i++) {
      q.setParameter(i + 1, values.get(i));
    }
    return q.executeUpdate();
  }

  /** The rows of the query on this entity manager, each as its columns. */
  List<Object[]> rows(EntityManager em) {
    List<Object[]> rows = new ArrayList<>();
    for (Object row : on(em).getResultList()) {
      rows.add(row instanceof Object[] cols ? cols : new Object[] {row});
    }
    return rows;
  }

  private static String number(String sql, int[] n) {
    StringBuilder out = new StringBuilder();
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        out.append('?').append(++n[0]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
