package dev.ingot.core.hcl;

import dev.ingot.core.hcl.HclBody.Attribute;
import dev.ingot.core.hcl.HclBody.Blank;
import dev.ingot.core.hcl.HclBody.Block;
import dev.ingot.core.hcl.HclBody.Comment;
import dev.ingot.core.hcl.HclBody.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders HCL bodies exactly as {@code terraform fmt} and {@code packer fmt} would write them, so
 * that both leave the output unchanged.
 *
 * <p>Layout: two spaces per nesting level, {@code =} aligned over runs of single-line attributes
 * (see {@link Alignment}), labels always quoted, an empty block as {@code name {} on one line and
 * {@code }} on the next. Blank lines: explicit {@link Blank} items are kept, but never doubled and
 * never at the start or end of a body; one is added between two neighbouring items when either is a
 * block, unless the first is a comment (a comment belongs to what follows it). Comment lines lose
 * trailing spaces. The text has LF line ends and exactly one final newline.
 *
 * <p>Expressions are laid out by {@link ExprRenderer}; strings are escaped by {@link HclStrings};
 * heredocs fall back to quoted strings when a heredoc could not hold the exact value ({@link Heredocs}).
 */
public final class HclWriter {
  private HclWriter() {}

  /**
   * Renders {@code body} as a file, with {@code header} as a leading {@code #} comment when not null.
   *
   * @param body the top-level body
   * @param header a one-line notice, written as {@code # header} followed by a blank line; or null
   * @return the file content
   * @throws IllegalArgumentException if the header spans lines or a string holds an unpaired surrogate
   */
  public static String write(HclBody body, String header) {
    List<Item> items = layout(body.items());
    List<String> lines = new ArrayList<>();
    if (header != null) {
      lines.add(comment(new Comment(header).text()));
      if (!items.isEmpty()) {
        lines.add("");
      }
    }
    appendItems(items, 0, lines);
    return String.join("\n", lines) + "\n";
  }

  /** The items with blank lines collapsed, trimmed at both ends and added around blocks. */
  private static List<Item> layout(List<Item> items) {
    List<Item> out = new ArrayList<>();
    for (Item item : items) {
      Item previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (item instanceof Blank) {
        if (previous != null && !(previous instanceof Blank)) {
          out.add(item);
        }
        continue;
      }
      if (previous != null && !(previous instanceof Blank) && !(previous instanceof Comment)
          && (previous instanceof Block || item instanceof Block)) {
        out.add(new Blank());
      }
      out.add(item);
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Blank) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static void appendItems(List<Item> items, int depth, List<String> out) {
    List<Alignment.Entry> run = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof Attribute a) {
        run.add(new Alignment.Entry(a.name(), a.name().length(), ExprRenderer.render(a.value(), depth)));
        continue;
      }
      out.addAll(Alignment.lines(run, depth));
      run.clear();
      if (item instanceof Blank) {
        out.add("");
      } else if (item instanceof Comment c) {
        out.add(Fragment.indent(depth) + comment(c.text()));
      } else {
        appendBlock((Block) item, depth, out);
      }
    }
    out.addAll(Alignment.lines(run, depth));
  }

  private static void appendBlock(Block block, int depth, List<String> out) {
    var head = new StringBuilder(Fragment.indent(depth)).append(block.type());
    for (String label : block.labels()) {
      head.append(' ').append(HclStrings.quote(label));
    }
    out.add(head.append(" {").toString());
    appendItems(layout(block.body().items()), depth + 1, out);
    out.add(Fragment.indent(depth) + "}");
  }

  /** {@code # text}, or {@code #} alone for empty text, without trailing spaces or tabs. */
  private static String comment(String text) {
    String line = "#" + (text.isEmpty() ? "" : " " + HclText.requireWellFormed(text));
    int end = line.length();
    while (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t') {
      end--;
    }
    return line.substring(0, end);
  }
}
