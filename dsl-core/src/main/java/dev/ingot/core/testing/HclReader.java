package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the HCL that Ingot's HCL writer produces into the tree that HCL's JSON syntax would give
 * for it, so that Packer templates can be looked up like Terraform JSON.
 *
 * <ul>
 *   <li>An attribute holding a literal becomes that value; a quoted string or heredoc keeps its
 *       template text as the JSON syntax spells it: escapes such as {@code \n} are decoded,
 *       interpolations stay as written ({@code "${var.x}-a"}), and so do the escapes
 *       {@code $${} and {@code %%{}.</li>
 *   <li>Any other expression (a reference, a function call) becomes the string
 *       {@code "${<expression text>}"}, as in Terraform JSON.</li>
 *   <li>Blocks of a type without labels become an object (one block) or a list (several);
 *       labelled blocks nest under their labels ({@code source "proxmox-iso" "debian"} is
 *       {@code source.proxmox-iso.debian}), or form a list of such objects when two blocks have
 *       the same labels (several {@code provisioner "shell"}).</li>
 * </ul>
 * It reads the subset of HCL the writer emits (attributes, blocks, literals, tuples, objects,
 * quoted templates, heredocs, references and calls) and rejects a structure it cannot read with
 * the line where it stopped, rather than guessing. The text of an expression that is not a
 * literal is kept as it is, without being checked.
 */
final class HclReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String src;
  private int pos;

  private HclReader(String src) {
    this.src = src;
  }

  /** A labelled or plain block, before the blocks of one type are merged. */
  private record Block(List<String> labels, ObjectNode body) {}

  /**
   * The tree of {@code text}.
   *
   * @throws IllegalArgumentException when the text is not HCL of the subset Ingot writes, naming the line
   */
  static ObjectNode read(String text) {
    var reader = new HclReader(text);
    return reader.body(false);
  }

  private ObjectNode body(boolean nested) {
    ObjectNode out = NODES.objectNode();
    Map<String, List<Block>> blocks = new LinkedHashMap<>();
    while (true) {
      skipWhitespace();
      if (pos >= src.length()) {
        if (nested) {
          throw error("missing } at the end of a block");
        }
        break;
      }
      if (src.charAt(pos) == '}') {
        if (!nested) {
          throw error("unexpected }");
        }
        pos++;
        break;
      }
      String name = identifier();
      skipSpaces();
      if (peek() == '=') {
        pos++;
        skipSpaces();
        if (out.has(name)) {
          throw error("attribute \"" + name + "\" is set twice");
        }
        out.set(name, expression());
        endOfLine();
        continue;
      }
      List<String> labels = new ArrayList<>();
      while (peek() == '"') {
        labels.add(quoted().asText());
        skipSpaces();
      }
      if (peek() != '{') {
        throw error("expected = or { after \"" + name + "\"");
      }
      pos++;
      ObjectNode body = body(true);
      if (!blocks.containsKey(name)) {
        if (out.has(name)) {
          throw error("\"" + name + "\" is both an attribute and a block");
        }
        out.putNull(name);
        blocks.put(name, new ArrayList<>());
      }
      blocks.get(name).add(new Block(labels, body));
      endOfLine();
    }
    blocks.forEach((type, list) -> out.set(type, merge(list)));
    return out;
  }

  private static JsonNode merge(List<Block> blocks) {
    boolean unlabelled = blocks.stream().allMatch(b -> b.labels().isEmpty());
    if (unlabelled) {
      if (blocks.size() == 1) {
        return blocks.get(0).body();
      }
      ArrayNode list = NODES.arrayNode();
      blocks.forEach(b -> list.add(b.body()));
      return list;
    }
    Set<List<String>> distinct = new HashSet<>();
    int depth = blocks.get(0).labels().size();
    boolean nestable = blocks.stream().allMatch(b -> b.labels().size() == depth && distinct.add(b.labels()));
    if (nestable) {
      ObjectNode root = NODES.objectNode();
      blocks.forEach(b -> nest(root, b));
      return root;
    }
    ArrayNode list = NODES.arrayNode();
    blocks.forEach(b -> {
      ObjectNode one = NODES.objectNode();
      nest(one, b);
      list.add(b.labels().isEmpty() ? b.body() : one);
    });
    return list;
  }

  private static void nest(ObjectNode root, Block block) {
    ObjectNode at = root;
    List<String> labels = block.labels();
    for (int i = 0; i < labels.size() - 1; i++) {
      at = at.has(labels.get(i)) ? (ObjectNode) at.get(labels.get(i)) : at.putObject(labels.get(i));
    }
    at.set(labels.get(labels.size() - 1), block.body());
  }

  private JsonNode expression() {
    int start = pos;
    char c = peek();
    JsonNode value;
    if ((c == '[' || c == '{') && startsFor()) {
      return raw();
    } else if (c == '"') {
      value = quoted();
    } else if (src.startsWith("<<", pos)) {
      return heredoc();
    } else if (c == '[') {
      value = tuple();
    } else if (c == '{') {
      value = object();
    } else if (Character.isDigit(c) || (c == '-' && Character.isDigit(peek(1)))) {
      value = number();
    } else if (isIdentifierStart(c)) {
      String word = identifier();
      value = switch (word) {
        case "true" -> NODES.booleanNode(true);
        case "false" -> NODES.booleanNode(false);
        case "null" -> NODES.nullNode();
        default -> null;
      };
    } else {
      throw error("unsupported expression");
    }
    skipSpaces();
    if (value == null || !atTerminator()) {
      pos = start;
      return raw();
    }
    return value;
  }

  /** A reference, call or other expression, kept as {@code "${text}"}. */
  private JsonNode raw() {
    int start = pos;
    int depth = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (depth == 0 && atTerminator()) {
        break;
      }
      if (c == '"') {
        quoted();
        continue;
      }
      if (src.startsWith("<<", pos)) {
        throw error("a heredoc inside an expression is not supported");
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      pos++;
    }
    String text = src.substring(start, pos).strip();
    if (text.isEmpty()) {
      throw error("missing expression");
    }
    return NODES.textNode("${" + text + "}");
  }

  private boolean atTerminator() {
    if (pos >= src.length()) {
      return true;
    }
    char c = src.charAt(pos);
    return c == '\n' || c == '\r' || c == ',' || c == ']' || c == '}' || c == ')' || c == '#'
        || src.startsWith("//", pos) || src.startsWith("/*", pos);
  }

  private boolean startsFor() {
    int p = pos + 1;
    while (p < src.length() && Character.isWhitespace(src.charAt(p))) {
      p++;
    }
    return src.startsWith("for ", p);
  }

  private JsonNode tuple() {
    ArrayNode list = NODES.arrayNode();
    pos++;
    while (true) {
      skipWhitespace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      list.add(expression());
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() != ']') {
        throw error("expected , or ] in a tuple");
      }
    }
  }

  private JsonNode object() {
    ObjectNode object = NODES.objectNode();
    pos++;
    while (true) {
      skipWhitespace();
      if (peek() == '}') {
        pos++;
        return object;
      }
      String key = peek() == '"' ? quoted().asText() : identifier();
      skipSpaces();
      if (peek() != '=' && peek() != ':') {
        throw error("expected = after object key \"" + key + "\"");
      }
      pos++;
      skipSpaces();
      object.set(key, expression());
      skipSpaces();
      if (peek() == ',') {
        pos++;
      } else if (peek() != '}' && peek() != '\n' && peek() != '#') {
        throw error("expected a new line, , or } after object key \"" + key + "\"");
      }
    }
  }

  private JsonNode number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (pos < src.length() && (Character.isDigit(peek()) || peek() == '.' || peek() == 'e' || peek() == 'E'
        || ((peek() == '+' || peek() == '-') && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')))) {
      pos++;
    }
    String text = src.substring(start, pos);
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw error("malformed number " + text);
    }
    if (number.stripTrailingZeros().scale() > 0) {
      return NODES.numberNode(number);
    }
    BigInteger whole = number.toBigIntegerExact();
    if (whole.bitLength() < Integer.SIZE) {
      return NODES.numberNode(whole.intValue());
    }
    return whole.bitLength() < Long.SIZE ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
  }

  /** A quoted template: escapes decoded, interpolations and {@code $${}/{@code %%{} kept as written. */
  private JsonNode quoted() {
    var out = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= src.length() || peek() == '\n') {
        throw error("unterminated string");
      }
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        return NODES.textNode(out.toString());
      }
      if (c == '\\') {
        out.appendCodePoint(escape());
      } else if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
        out.append(src, pos, pos + 3);
        pos += 3;
      } else if ((c == '$' || c == '%') && peek(1) == '{') {
        out.append(templateSequence());
      } else {
        out.append(c);
        pos++;
      }
    }
  }

  private int escape() {
    char e = peek(1);
    pos += 2;
    return switch (e) {
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case '"' -> '"';
      case '\\' -> '\\';
      case 'u' -> hex(4);
      case 'U' -> hex(8);
      default -> throw error("unknown escape \\" + e);
    };
  }

  private int hex(int digits) {
    if (pos + digits > src.length()) {
      throw error("short unicode escape");
    }
    String text = src.substring(pos, pos + digits);
    pos += digits;
    try {
      return Integer.parseInt(text, 16);
    } catch (NumberFormatException e) {
      throw error("malformed unicode escape " + text);
    }
  }

  /** {@code ${…}} or {@code %{…}} inside a string, as written, with nested strings and braces. */
  private String templateSequence() {
    int start = pos;
    pos += 2;
    int depth = 1;
    while (depth > 0) {
      if (pos >= src.length() || peek() == '\n') {
        throw error("unterminated interpolation");
      }
      char c = src.charAt(pos);
      if (c == '"') {
        quoted();
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      pos++;
    }
    return src.substring(start, pos);
  }

  private JsonNode heredoc() {
    pos += 2;
    boolean flush = peek() == '-';
    if (flush) {
      pos++;
    }
    String marker = identifier();
    if (peek() != '\n') {
      throw error("expected a new line after <<" + (flush ? "-" : "") + marker);
    }
    pos++;
    List<String> lines = new ArrayList<>();
    while (true) {
      if (pos >= src.length()) {
        throw error("heredoc " + marker + " is not closed");
      }
      int end = src.indexOf('\n', pos);
      String line = src.substring(pos, end < 0 ? src.length() : end);
      pos = end < 0 ? src.length() : end;
      if (line.strip().equals(marker)) {
        break;
      }
      pos++;
      lines.add(line);
    }
    int strip = flush ? lines.stream().filter(l -> !l.isEmpty()).mapToInt(HclReader::indentation).min().orElse(0) : 0;
    var out = new StringBuilder();
    lines.forEach(l -> out.append(l.isEmpty() ? "" : l.substring(strip)).append('\n'));
    return NODES.textNode(out.toString());
  }

  private static int indentation(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n++;
    }
    return n;
  }

  private String identifier() {
    int start = pos;
    if (!isIdentifierStart(peek())) {
      throw error("expected a name");
    }
    while (pos < src.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private void endOfLine() {
    skipSpaces();
    skipComment();
    if (pos < src.length() && peek() != '\n' && peek() != '}') {
      throw error("expected the end of the line");
    }
  }

  private void skipSpaces() {
    while (pos < src.length() && (peek() == ' ' || peek() == '\t' || peek() == '\r')) {
      pos++;
    }
  }

  /** Skips spaces, new lines and comments. */
  private void skipWhitespace() {
    while (pos < src.length()) {
      skipSpaces();
      if (peek() == '\n') {
        pos++;
      } else if (!skipComment()) {
        return;
      }
    }
  }

  private boolean skipComment() {
    if (peek() == '#' || src.startsWith("//", pos)) {
      int end = src.indexOf('\n', pos);
      pos = end < 0 ? src.length() : end;
      return true;
    }
    if (src.startsWith("/*", pos)) {
      int end = src.indexOf("*/", pos + 2);
      if (end < 0) {
        throw error("unterminated comment");
      }
      pos = end + 2;
      return true;
    }
    return false;
  }

  private char peek() {
    return peek(0);
  }

  private char peek(int ahead) {
    return pos + ahead < src.length() ? src.charAt(pos + ahead) : '\0';
  }

  private IllegalArgumentException error(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, src.length()); i++) {
      if (src.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new IllegalArgumentException("line " + line + ", column " + column + ": " + message);
  }
}
