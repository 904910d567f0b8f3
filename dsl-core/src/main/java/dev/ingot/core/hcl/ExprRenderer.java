package dev.ingot.core.hcl;

import dev.ingot.core.hcl.HclExpr.Bool;
import dev.ingot.core.hcl.HclExpr.Call;
import dev.ingot.core.hcl.HclExpr.Heredoc;
import dev.ingot.core.hcl.HclExpr.Interpolation;
import dev.ingot.core.hcl.HclExpr.ListOf;
import dev.ingot.core.hcl.HclExpr.Num;
import dev.ingot.core.hcl.HclExpr.ObjectOf;
import dev.ingot.core.hcl.HclExpr.Part;
import dev.ingot.core.hcl.HclExpr.Ref;
import dev.ingot.core.hcl.HclExpr.Str;
import dev.ingot.core.hcl.HclExpr.Template;
import dev.ingot.core.hcl.HclExpr.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders expressions in canonical layout.
 *
 * <ul>
 *   <li>Lists stay on one line when every element does and the line is at most
 *       {@value #MAX_INLINE_LIST} characters; otherwise one element per line, each followed by a comma
 *       (a heredoc's comma on its own line; none after a final heredoc).
 *   <li>Non-empty objects always take one line per entry, with aligned {@code =}.
 *   <li>A call whose arguments all fit stays on one line; when only its last argument, an object,
 *       list or call, does not fit, that argument hugs the parentheses ({@code jsonencode({ … })},
 *       {@code map(object({ … }))}); otherwise one argument per line.
 *   <li>Inside {@code ${…}} everything is written on one line ({@code { a = 1, b = 2 }}, heredocs as
 *       quoted strings), with the spacing {@code terraform fmt} applies there.
 *   <li>Templates are simplified first: adjacent texts merge, a lone text is a string and a lone
 *       interpolation is its expression ({@code terraform fmt} rewrites {@code x = "${y}"} to
 *       {@code x = y}).
 * </ul>
 */
final class ExprRenderer {
  /** The longest list, in code points, that is written on one line. */
  static final int MAX_INLINE_LIST = 100;

  private ExprRenderer() {}

  /** {@code expr} rendered to start on a line at nesting {@code depth}. */
  static Fragment render(HclExpr expr, int depth) {
    HclExpr e = normalize(expr);
    if (e instanceof Heredoc h) {
      return Heredocs.render(h.text(), depth).orElseGet(() -> Fragment.line(HclStrings.quote(h.text())));
    }
    if (e instanceof ListOf l) {
      return list(l, depth);
    }
    if (e instanceof ObjectOf o) {
      return object(o, depth);
    }
    if (e instanceof Call c) {
      return call(c, depth);
    }
    return Fragment.line(inline(e));
  }

  /** {@code expr} on a single line, as used inside an interpolation. */
  static String inline(HclExpr expr) {
    HclExpr e = normalize(expr);
    if (e instanceof Str s) {
      return HclStrings.quote(s.value());
    }
    if (e instanceof Num n) {
      return n.value().toPlainString();
    }
    if (e instanceof Bool b) {
      return b.value() ? "true" : "false";
    }
    if (e instanceof HclExpr.Null) {
      return "null";
    }
    if (e instanceof Ref r) {
      return r.traversal();
    }
    if (e instanceof Call c) {
      return c.function() + "(" + join(c.arguments().stream().map(ExprRenderer::inline).toList()) + ")";
    }
    if (e instanceof ListOf l) {
      return "[" + join(l.elements().stream().map(ExprRenderer::inline).toList()) + "]";
    }
    if (e instanceof ObjectOf o) {
      if (o.entries().isEmpty()) {
        return "{}";
      }
      List<String> entries = new ArrayList<>();
      o.entries().forEach((k, v) -> entries.add(HclStrings.key(k) + " = " + inline(v)));
      return "{ " + join(entries) + " }";
    }
    if (e instanceof Heredoc h) {
      return HclStrings.quote(h.text());
    }
    return template((Template) e);
  }

  /**
   * {@code expr} with templates simplified: adjacent texts merged, empty texts dropped, a template of
   * one text a {@link Str}, a template of one interpolation that interpolation's expression.
   */
  static HclExpr normalize(HclExpr expr) {
    if (!(expr instanceof Template t)) {
      return expr;
    }
    List<Part> parts = new ArrayList<>();
    for (Part part : t.parts()) {
      int last = parts.size() - 1;
      if (part instanceof Text text && text.value().isEmpty()) {
        continue;
      }
      if (part instanceof Text text && last >= 0 && parts.get(last) instanceof Text previous) {
        parts.set(last, new Text(previous.value() + text.value()));
      } else {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      return new Str("");
    }
    if (parts.size() == 1) {
      return parts.get(0) instanceof Text text
          ? new Str(text.value())
          : normalize(((Interpolation) parts.get(0)).expression());
    }
    return new Template(parts);
  }

  /**
   * A quoted template. A text that ends with {@code $} right before an interpolation cannot be written
   * as is, because {@code $${} is the escape for a literal {@code ${}; that run of {@code $} is written
   * as an interpolated string instead: {@code ${"$"}${x}}.
   */
  private static String template(Template t) {
    var out = new StringBuilder("\"");
    List<Part> parts = t.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof Text text) {
        String value = text.value();
        int keep = value.length();
        while (i + 1 < parts.size() && keep > 0 && value.charAt(keep - 1) == '$') {
          keep--;
        }
        out.append(HclStrings.escapeQuoted(value.substring(0, keep)));
        if (keep < value.length()) {
          out.append("${\"").append(value.substring(keep)).append("\"}");
        }
      } else {
        out.append(interpolation(((Interpolation) parts.get(i)).expression()));
      }
    }
    return out.append('"').toString();
  }

  /**
   * {@code ${expr}} with the spacing {@code terraform fmt} uses: {@code ${ { a = 1 } }} around an
   * object, and {@code ${- 1}} for a negative number (a minus right after {@code ${} is taken for
   * subtraction).
   */
  private static String interpolation(HclExpr expr) {
    String body = inline(expr);
    if (normalize(expr) instanceof ObjectOf) {
      return "${ " + body + " }";
    }
    if (body.startsWith("-")) {
      return "${- " + body.substring(1) + "}";
    }
    return "${" + body + "}";
  }

  private static Fragment list(ListOf list, int depth) {
    if (list.elements().isEmpty()) {
      return Fragment.line("[]");
    }
    List<Fragment> items = list.elements().stream().map(e -> render(e, depth + 1)).toList();
    if (items.stream().allMatch(Fragment::isLine)) {
      String line = "[" + join(items.stream().map(Fragment::first).toList()) + "]";
      if (line.codePointCount(0, line.length()) <= MAX_INLINE_LIST) {
        return Fragment.line(line);
      }
    }
    return enclose("[", items, depth, "]");
  }

  private static Fragment object(ObjectOf object, int depth) {
    if (object.entries().isEmpty()) {
      return Fragment.line("{}");
    }
    List<Alignment.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, HclExpr> e : object.entries().entrySet()) {
      entries.add(new Alignment.Entry(
          HclStrings.key(e.getKey()), HclStrings.keyWidth(e.getKey()), render(e.getValue(), depth + 1)));
    }
    List<String> lines = new ArrayList<>();
    lines.add("{");
    lines.addAll(Alignment.lines(entries, depth + 1));
    lines.add(Fragment.indent(depth) + "}");
    return new Fragment(lines, Fragment.Shape.BLOCK);
  }

  private static Fragment call(Call call, int depth) {
    List<HclExpr> args = call.arguments();
    if (args.isEmpty()) {
      return Fragment.line(call.function() + "()");
    }
    List<Fragment> head = args.subList(0, args.size() - 1).stream().map(a -> render(a, depth + 1)).toList();
    HclExpr lastArg = normalize(args.get(args.size() - 1));
    boolean headFits = head.stream().allMatch(Fragment::isLine);
    boolean hug = headFits && (lastArg instanceof ObjectOf || lastArg instanceof ListOf || lastArg instanceof Call);
    Fragment tail = render(lastArg, hug ? depth : depth + 1);
    List<Fragment> items = new ArrayList<>(head);
    items.add(tail);
    if (headFits && tail.isLine()) {
      return Fragment.line(call.function() + "(" + join(items.stream().map(Fragment::first).toList()) + ")");
    }
    if (!hug) {
      return enclose(call.function() + "(", items, depth, ")");
    }
    List<String> lines = new ArrayList<>(tail.lines());
    List<String> before = new ArrayList<>(head.stream().map(Fragment::first).toList());
    before.add(tail.first());
    lines.set(0, call.function() + "(" + join(before));
    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ")");
    return new Fragment(lines, Fragment.Shape.BLOCK);
  }

  /** {@code open}, then one item per line at {@code depth + 1} followed by a comma, then {@code close}. */
  private static Fragment enclose(String open, List<Fragment> items, int depth, String close) {
    List<String> lines = new ArrayList<>();
    lines.add(open);
    String indent = Fragment.indent(depth + 1);
    for (int i = 0; i < items.size(); i++) {
      List<String> item = items.get(i).lines();
      lines.add(indent + item.get(0));
      lines.addAll(item.subList(1, item.size()));
      if (items.get(i).shape() != Fragment.Shape.HEREDOC) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ",");
      } else if (i < items.size() - 1) {
        lines.add(indent + ",");
      }
    }
    lines.add(Fragment.indent(depth) + close);
    return new Fragment(lines, Fragment.Shape.BLOCK);
  }

  private static String join(List<String> items) {
    return String.join(", ", items);
  }
}
