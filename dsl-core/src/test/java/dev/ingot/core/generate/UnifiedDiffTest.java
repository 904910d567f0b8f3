package dev.ingot.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("f", "a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void oneChangedLineWithContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertThat(UnifiedDiff.of("t/vms.tf.json", before, after)).isEqualTo("""
        --- a/t/vms.tf.json
        +++ b/t/vms.tf.json
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void distantChangesMakeSeparateHunksAndCloseOnesMerge() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
    String after = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nM\n";
    assertThat(UnifiedDiff.of("f", before, after)).isEqualTo("""
        --- a/f
        +++ b/f
        @@ -1,4 +1,4 @@
        -a
        +A
         b
         c
         d
        @@ -10,4 +10,4 @@
         j
         k
         l
        -m
        +M
        """);
    assertThat(UnifiedDiff.of("f", "a\nb\nc\nd\n", "A\nb\nc\nD\n")).isEqualTo("""
        --- a/f
        +++ b/f
        @@ -1,4 +1,4 @@
        -a
        +A
         b
         c
        -d
        +D
        """);
  }

  @Test
  void insertionsDeletionsAndEmptyFiles() {
    assertThat(UnifiedDiff.of("f", "", "x\ny\n")).isEqualTo("--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n");
    assertThat(UnifiedDiff.of("f", "x\n", "")).isEqualTo("--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-x\n");
    assertThat(UnifiedDiff.of("f", "a\nc\n", "a\nb\nc\n")).isEqualTo("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n+b\n c\n");
  }

  @Test
  void missingFinalNewlineIsShown() {
    assertThat(UnifiedDiff.of("f", "a", "a\n")).isEqualTo(
        "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n");
  }
}
