package dev.ingot.core.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Line diffs in unified format (Myers' algorithm, three lines of context), as {@code diff -u} prints them. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private enum Op { KEEP, DELETE, INSERT }

  private record Edit(Op op, int oldLine, int newLine) {}

  private UnifiedDiff() {}

  /**
   * The unified diff that turns {@code before} into {@code after}, with {@code a/path} and
   * {@code b/path} headers; empty when the texts are equal.
   */
  public static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Edit> script = editScript(a, b);
    var out = new StringBuilder();
    out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    int first = nextChange(script, 0);
    while (first >= 0) {
      int last = first;
      int next = nextChange(script, last + 1);
      while (next >= 0 && next - last <= 2 * CONTEXT + 1) {
        last = next;
        next = nextChange(script, last + 1);
      }
      hunk(out, script.subList(Math.max(0, first - CONTEXT), Math.min(script.size(), last + CONTEXT + 1)), a, b);
      first = next;
    }
    return out.toString();
  }

  private static int nextChange(List<Edit> script, int from) {
    for (int i = from; i < script.size(); i++) {
      if (script.get(i).op() != Op.KEEP) {
        return i;
      }
    }
    return -1;
  }

  private static void hunk(StringBuilder out, List<Edit> edits, List<String> a, List<String> b) {
    int oldStart = -1;
    int newStart = -1;
    int oldCount = 0;
    int newCount = 0;
    var body = new StringBuilder();
    for (Edit e : edits) {
      if (oldStart < 0) {
        oldStart = e.oldLine();
        newStart = e.newLine();
      }
      switch (e.op()) {
        case KEEP -> {
          body.append(' ').append(a.get(e.oldLine())).append('\n');
          oldCount++;
          newCount++;
        }
        case DELETE -> {
          body.append('-').append(a.get(e.oldLine())).append('\n');
          oldCount++;
        }
        case INSERT -> {
          body.append('+').append(b.get(e.newLine())).append('\n');
          newCount++;
        }
      }
    }
    out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
        .append(" @@\n").append(body);
  }

  private static String range(int start, int count) {
    int first = count == 0 ? start : start + 1;
    return count == 1 ? String.valueOf(first) : first + "," + count;
  }

  /** Lines without their terminators; a missing final newline is shown as diff does. */
  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    var result = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (text.endsWith("\n")) {
      result.remove(result.size() - 1);
    } else {
      result.set(result.size() - 1, result.get(result.size() - 1) + "\n\\ No newline at end of file");
    }
    return result;
  }

  /** The shortest edit script from {@code a} to {@code b}, as one entry per line kept, deleted or inserted. */
  private static List<Edit> editScript(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
            ? v[offset + k + 1]
            : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    var edits = new ArrayList<Edit>();
    int x = n;
    int y = m;
    for (int d = found; d >= 0; d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
      int prevX = d == 0 ? 0 : vd[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        edits.add(new Edit(Op.KEEP, --x, --y));
      }
      if (d > 0) {
        if (x == prevX) {
          edits.add(new Edit(Op.INSERT, x, --y));
        } else {
          edits.add(new Edit(Op.DELETE, --x, y));
        }
      }
    }
    java.util.Collections.reverse(edits);
    return edits;
  }
}
