package dev.ingot.core.hcl;

import static dev.ingot.core.hcl.HclExpr.bool;
import static dev.ingot.core.hcl.HclExpr.call;
import static dev.ingot.core.hcl.HclExpr.heredoc;
import static dev.ingot.core.hcl.HclExpr.list;
import static dev.ingot.core.hcl.HclExpr.nul;
import static dev.ingot.core.hcl.HclExpr.num;
import static dev.ingot.core.hcl.HclExpr.object;
import static dev.ingot.core.hcl.HclExpr.ref;
import static dev.ingot.core.hcl.HclExpr.str;
import static dev.ingot.core.hcl.HclExpr.strings;
import static dev.ingot.core.hcl.HclExpr.template;
import static dev.ingot.core.hcl.HclShapes.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Small HCL trees with their exact expected text, one per layout or escaping rule. The unit test
 * checks the text, the tool test checks that terraform fmt and packer fmt leave it unchanged.
 */
final class HclCases {
  private HclCases() {}

  /**
   * One case.
   *
   * @param name a file-name-safe name
   * @param body the tree
   * @param header the header, or null
   * @param expected the exact text HclWriter must produce
   */
  record Case(String name, HclBody body, String header, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** All cases. */
  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("empty-file", body(b -> {}), null, "\n"));
    cases.add(new Case("header-only", body(b -> b.blank()), "generated  ", "# generated\n"));
    cases.add(new Case("header-and-attribute", body(b -> b.attribute("a", 1)), "", "#\n\na = 1\n"));
    cases.add(of("blank-collapsing",
        body(b -> b.blank().attribute("a", 1).blank().blank().attribute("bb", 2).blank()
            .block("x", x -> x.blank().attribute("c", 3).blank().blank().attribute("dddd", 4).blank())
            .blank()),
        """
        a = 1

        bb = 2

        x {
          c = 3

          dddd = 4
        }
        """));
    cases.add(of("blocks-separated",
        body(b -> b.attribute("a", 1).block("x", x -> {}).block("y", List.of("l"), y -> {})
            .attribute("b", 2).comment("about z").block("z", z -> z.attribute("k", "v")).comment("end")),
        """
        a = 1

        x {
        }

        y "l" {
        }

        b = 2
        # about z
        z {
          k = "v"
        }

        # end
        """));
    cases.add(of("alignment-runs",
        body(b -> b.attribute("a", 1).attribute("bbbb", 2).blank().attribute("cc", 3)
            .comment("c").attribute("e", 5).attribute("ffffff", 6)
            .attribute("g", object(map("k", num(1)))).attribute("h", 7).attribute("iii", 8)
            .attribute("j", list(List.of(object(map())))).attribute("kk", 9)
            .block("blk", x -> {}).attribute("l", 10).attribute("mmm", 11)),
        """
        a    = 1
        bbbb = 2

        cc = 3
        # c
        e      = 5
        ffffff = 6
        g = {
          k = 1
        }
        h   = 7
        iii = 8
        j   = [{}]
        kk  = 9

        blk {
        }

        l   = 10
        mmm = 11
        """));
    cases.add(of("heredoc-stays-in-run",
        body(b -> b.block("locals", l -> l.attribute("a", 1)
            .attribute("script", heredoc("#!/bin/sh\necho \"$HOME\" ${USER} %{x}\n\n\tindented with tab\n"))
            .attribute("bbbbbbbbbbbbbbb", 2)
            .attribute("raw", heredoc("  all lines\n  are indented\n"))
            .attribute("d", 3))),
        """
        locals {
          a               = 1
          script          = <<-EOT
            #!/bin/sh
            echo "$HOME" $${USER} %%{x}

            \tindented with tab
          EOT
          bbbbbbbbbbbbbbb = 2
          raw             = <<EOT
          all lines
          are indented
        EOT
          d               = 3
        }
        """.replace("\\t", "\t")));
    cases.add(of("heredoc-choices",
        body(b -> b.block("locals", l -> l
            .attribute("combining_start", heredoc("\u0301 starts with a mark\nplain\n"))
            .attribute("marker_inside", heredoc("EOT\n  EOT1\nEOT2 not alone\n"))
            .attribute("only_newline", heredoc("\n"))
            .attribute("cr", heredoc("windows\r\n"))
            .attribute("trailing_space", heredoc("a \n"))
            .attribute("nbsp", heredoc("a\u00a0b\n"))
            .attribute("new_emoji", heredoc("\uD83E\uDEE8\n"))
            .attribute("dollar_end", heredoc("cost: 5$\n100%\n")))),
        """
        locals {
          combining_start = <<EOT
        \u0301 starts with a mark
        plain
        EOT
          marker_inside   = <<-EOT2
            EOT
              EOT1
            EOT2 not alone
          EOT2
          only_newline    = <<EOT

        EOT
          cr              = "windows\\r\\n"
          trailing_space  = "a \\n"
          nbsp            = "a\\u00a0b\\n"
          new_emoji       = "\\U0001fae8\\n"
          dollar_end      = <<-EOT
            cost: 5$
            100%
          EOT
        }
        """));
    cases.add(of("heredocs-in-lists-and-calls",
        body(b -> b.block("provisioner", List.of("shell"), p -> p
            .attribute("inline", list(List.of(heredoc("echo one\n"), str("two"), heredoc("echo three\n"))))
            .attribute("single", list(List.of(heredoc("x\n"))))
            .attribute("joined", call("join", str(","), list(List.of(heredoc("a\n")))))
            .attribute("trimmed", call("trimspace", heredoc("b\n"))))),
        """
        provisioner "shell" {
          inline = [
            <<-EOT
              echo one
            EOT
            ,
            "two",
            <<-EOT
              echo three
            EOT
          ]
          single = [
            <<-EOT
              x
            EOT
          ]
          joined = join(",", [
            <<-EOT
              a
            EOT
          ])
          trimmed = trimspace(
            <<-EOT
              b
            EOT
          )
        }
        """));
    cases.add(of("string-escapes",
        body(b -> b.attribute("quotes", "say \"hi\" \\ back\\slash")
            .attribute("whitespace", "line1\nline2\r\n\ttab")
            .attribute("controls", "\u0000\u0007\u001b\u007f\u0085\u009f")
            .attribute("invisible", "nb\u00a0sp zw\u200bj\u200dz bom\ufeff ls\u2028 ps\u2029 shy\u00ad")
            .attribute("astral", "tag\uDB40\uDC01 pua\uDB80\uDC00 bmp-pua\ue000 nonchar\uffff")
            .attribute("unstable", "new\u0870\uD83E\uDEE8\uD807\uDF00")
            .attribute("printable", "é ß ж 日本 😀 👍🏽 🇩🇪 한국어 e\u0301 क्ष ำ")),
        """
        quotes     = "say \\"hi\\" \\\\ back\\\\slash"
        whitespace = "line1\\nline2\\r\\n\\ttab"
        controls   = "\\u0000\\u0007\\u001b\\u007f\\u0085\\u009f"
        invisible  = "nb\\u00a0sp zw\\u200bj\\u200dz bom\\ufeff ls\\u2028 ps\\u2029 shy\\u00ad"
        astral     = "tag\\U000e0001 pua\\U000f0000 bmp-pua\\ue000 nonchar\\uffff"
        unstable   = "new\\u0870\\U0001fae8\\U00011f00"
        printable  = "é ß ж 日本 😀 👍🏽 🇩🇪 한국어 e\u0301 क्ष ำ"
        """));
    cases.add(of("template-introducers",
        body(b -> b.attribute("interp", "${var.x}").attribute("directive", "%{if x}")
            .attribute("escaped", "$${x} %%{y}").attribute("strip", "${~x~}")
            .attribute("lone", "$ $$ % %% 100% US$ {x} $x %x")
            .attribute("ends", "ends with $").attribute("ends2", "ends with %")),
        """
        interp    = "$${var.x}"
        directive = "%%{if x}"
        escaped   = "$$${x} %%%{y}"
        strip     = "$${~x~}"
        lone      = "$ $$ % %% 100% US$ {x} $x %x"
        ends      = "ends with $"
        ends2     = "ends with %"
        """));
    cases.add(of("template-traps",
        body(b -> b.attribute("dollar", template("cost: $", ref("var.price")))
            .attribute("dollars", template("$$", ref("var.x"), "$$$", ref("var.y"), "$"))
            .attribute("percent", template("100%", ref("var.x"), "%"))
            .attribute("brace_after", template(ref("var.x"), "{literal} ${not} %{not}"))
            .attribute("split_texts", template("$", "{x} %", "{y}", ref("var.z")))
            .attribute("quote_before", template("\"", ref("var.x"), "\\"))),
        """
        dollar       = "cost: ${"$"}${var.price}"
        dollars      = "${"$$"}${var.x}${"$$$"}${var.y}$"
        percent      = "100%${var.x}%"
        brace_after  = "${var.x}{literal} $${not} %%{not}"
        split_texts  = "$${x} %%{y}${var.z}"
        quote_before = "\\"${var.x}\\\\"
        """));
    cases.add(of("template-normalization",
        body(b -> b.attribute("only_ref", template(ref("var.x")))
            .attribute("only_text", template("a", "b"))
            .attribute("empty", template())
            .attribute("empty_texts", template("", ref("local.y"), ""))
            .attribute("nested", template("a-", template("b-", ref("var.c")), "-d"))
            .attribute("wrapped_object", template(object(map("k", num(1)))))),
        """
        only_ref    = var.x
        only_text   = "ab"
        empty       = ""
        empty_texts = local.y
        nested      = "a-${"b-${var.c}"}-d"
        wrapped_object = {
          k = 1
        }
        """));
    cases.add(of("interpolation-spacing",
        body(b -> b.attribute("object", template("o=", object(map("a", num(1), "b c", str("d")))))
            .attribute("empty_obj", template("o=", object(map())))
            .attribute("negative", template("n=", num(-5), " m=", num(new BigDecimal("-0.25"))))
            .attribute("list", template("l=", list(List.of(num(-1), str("x"), heredoc("h\n")))))
            .attribute("call", template("c=", call("max", num(1), num(-2)), call("timestamp")))),
        """
        object    = "o=${ { a = 1, "b c" = "d" } }"
        empty_obj = "o=${ {} }"
        negative  = "n=${- 5} m=${- 0.25}"
        list      = "l=${[-1, "x", "h\\n"]}"
        call      = "c=${max(1, -2)}${timestamp()}"
        """));
    cases.add(of("scalars",
        body(b -> b.attribute("int", 42).attribute("neg", -7)
            .attribute("big", num(new BigDecimal("123456789012345678901234567890")))
            .attribute("exp", num(new BigDecimal("1E+3"))).attribute("small", num(new BigDecimal("1E-7")))
            .attribute("scale", num(new BigDecimal("-0.50"))).attribute("yes", true).attribute("no", false)
            .attribute("nothing", nul()).attribute("traversal", ref("data.x.y[0].z-1[12]"))),
        """
        int       = 42
        neg       = -7
        big       = 123456789012345678901234567890
        exp       = 1000
        small     = 0.0000001
        scale     = -0.50
        yes       = true
        no        = false
        nothing   = null
        traversal = data.x.y[0].z-1[12]
        """));
    cases.add(of("empty-collections",
        body(b -> b.attribute("list", list(List.of())).attribute("object", object(map()))
            .attribute("nested", list(List.of(list(List.of()), object(map()))))
            .block("empty", List.of("", "l"), x -> {})),
        """
        list   = []
        object = {}
        nested = [[], {}]

        empty "" "l" {
        }
        """));
    cases.add(of("quoted-keys",
        body(b -> b.attribute("o", object(map(
            "ident", num(1), "with-dash_and_1", num(2), "_u", num(3),
            "for", num(4), "null", num(5), "true", num(6), "false", num(7),
            "in", num(8), "if", num(9), "1abc", num(10), "a.b", num(11), "", num(12),
            "with space", num(13), "q\"uote", num(14), "ключ", num(15), "${x}", num(16))))),
        """
        o = {
          ident           = 1
          with-dash_and_1 = 2
          _u              = 3
          "for"           = 4
          "null"          = 5
          "true"          = 6
          "false"         = 7
          in              = 8
          if              = 9
          "1abc"          = 10
          "a.b"           = 11
          ""              = 12
          "with space"    = 13
          "q\\"uote"       = 14
          "ключ"          = 15
          "$${x}"         = 16
        }
        """));
    cases.add(of("unicode-key-widths",
        body(b -> b.attribute("o", object(map(
            "日本語", num(1), "e\u0301", num(2), "🇩🇪🇫🇷", num(3), "👍🏽", num(4), "\u1100\u1161\u11a8", num(5),
            "क्ष", num(6), "\u0301lead", num(7), "$\u0301", num(8), "tab\t", num(9), "x", num(10))))),
        """
        o = {
          "日本語"   = 1
          "e\u0301"     = 2
          "🇩🇪🇫🇷"    = 3
          "👍🏽"     = 4
          "\u1100\u1161\u11a8"     = 5
          "क्ष"    = 6
          "\u0301lead" = 7
          "$\u0301"    = 8
          "tab\\t" = 9
          x       = 10
        }
        """));
    cases.add(of("lists",
        body(b -> b.attribute("short", strings(List.of("a", "b")))
            .attribute("mixed", list(List.of(num(1), bool(true), nul(), ref("var.x"), call("f", num(2)),
                template("t-", ref("var.y")), list(List.of(str("nested"))))))
            .attribute("exactly_100", strings(Collections.nCopies(10, "abcdef")))
            .attribute("over_100", strings(List.of("abcdefg", "abcdef", "abcdef", "abcdef", "abcdef", "abcdef",
                "abcdef", "abcdef", "abcdef", "abcdef")))
            .attribute("of_objects", list(List.of(object(map("a", num(1), "bbb", num(2))), object(map("c", num(3))))))
            .attribute("of_lists", list(List.of(list(List.of(object(map("k", str("v"))))), strings(List.of("x")))))),
        """
        short       = ["a", "b"]
        mixed       = [1, true, null, var.x, f(2), "t-${var.y}", ["nested"]]
        exactly_100 = ["abcdef", "abcdef", "abcdef", "abcdef", "abcdef", "abcdef", "abcdef", "abcdef", "abcdef", "abcdef"]
        over_100 = [
          "abcdefg",
          "abcdef",
          "abcdef",
          "abcdef",
          "abcdef",
          "abcdef",
          "abcdef",
          "abcdef",
          "abcdef",
          "abcdef",
        ]
        of_objects = [
          {
            a   = 1
            bbb = 2
          },
          {
            c = 3
          },
        ]
        of_lists = [
          [
            {
              k = "v"
            },
          ],
          ["x"],
        ]
        """));
    cases.add(of("nested-objects",
        body(b -> b.attribute("deep", object(map(
            "a", object(map("b", object(map("c", num(1), "dd", str("x"))), "e", num(2))),
            "f", num(3), "ggg", num(4))))),
        """
        deep = {
          a = {
            b = {
              c  = 1
              dd = "x"
            }
            e = 2
          }
          f   = 3
          ggg = 4
        }
        """));
    cases.add(of("calls",
        body(b -> b.attribute("none", call("timestamp"))
            .attribute("hug_object", call("merge", ref("local.base"), object(map("k", str("v")))))
            .attribute("hug_list", call("concat", ref("local.a"), list(List.of(object(map("x", num(1)))))))
            .attribute("hug_call", call("jsonencode", call("merge", object(map("a", num(1))))))
            .attribute("first_multi", call("merge", object(map("a", num(1))), ref("local.b")))
            .attribute("all_fit", call("format", str("%s-%d"), str("x"), num(1)))),
        """
        none = timestamp()
        hug_object = merge(local.base, {
          k = "v"
        })
        hug_list = concat(local.a, [
          {
            x = 1
          },
        ])
        hug_call = jsonencode(merge({
          a = 1
        }))
        first_multi = merge(
          {
            a = 1
          },
          local.b,
        )
        all_fit = format("%s-%d", "x", 1)
        """));
    cases.add(of("labels-escaped",
        body(b -> b.block("resource", List.of("a_b", "name with \"quotes\" \\ {x} é\t\u00a0"), r -> r.attribute("x", 1))
            .block("source", List.of("proxmox-iso", "日本 😀"), s -> s.block("inner", List.of("source.null.x"), i -> {}))),
        """
        resource "a_b" "name with \\"quotes\\" \\\\ {x} é\\t\\u00a0" {
          x = 1
        }

        source "proxmox-iso" "日本 😀" {
          inner "source.null.x" {
          }
        }
        """));
    cases.add(of("comments",
        body(b -> b.comment("").comment("trailing spaces   \t").comment("  indented text").attribute("a", 1)
            .comment("between").attribute("bb", 2)
            .block("x", x -> x.comment("first in block").attribute("c", 3).comment("last in block"))
            .comment("unicode é 日本 \u0301 tab\there")),
        """
        #
        # trailing spaces
        #   indented text
        a = 1
        # between
        bb = 2

        x {
          # first in block
          c = 3
          # last in block
        }

        # unicode é 日本 \u0301 tab\there
        """));
    cases.add(of("deep-blocks",
        body(b -> b.block("a", a -> a.block("b", List.of("1"), bb -> bb.block("c", List.of("2", "3"), c -> c
            .attribute("v", object(map("w", list(List.of(object(map("x", heredoc("deep\n"))))))))
            .attribute("after", 1))))),
        """
        a {
          b "1" {
            c "2" "3" {
              v = {
                w = [
                  {
                    x = <<-EOT
                      deep
                    EOT
                  },
                ]
              }
              after = 1
            }
          }
        }
        """));
    cases.add(of("heredoc-in-object-run",
        body(b -> b.attribute("o", object(map("a", num(1), "script", heredoc("run\n"), "bbbbbb", num(2))))),
        """
        o = {
          a      = 1
          script = <<-EOT
            run
          EOT
          bbbbbb = 2
        }
        """));
    cases.add(of("grapheme-scanner-quirks",
        body(b -> b.attribute("o", object(map(
            "\ufffd\uD83C\uDFFC\uD83C\uDDED#", num(1), "\u1100\uac00\u11a8", num(2), "\u0d4e\ufffd", num(3),
            "\u0d4e\u0301", num(4), "\ufffd\u0301\u0301", num(5), "\uD83C\uDDE6\uD83C\uDDE6\uD83C\uDDE6\u0301", num(6),
            "\u1160\u1160\u11a8\u0301", num(7), "\u0d4e\u0d4e", num(8), "\u102bx", num(9), "abcdefgh", num(10))))),
        """
        o = {
          "\ufffd\uD83C\uDFFC\uD83C\uDDED#"   = 1
          "\u1100\uac00\u11a8"     = 2
          "\u0d4e\ufffd"     = 3
          "\u0d4e\u0301"      = 4
          "\ufffd\u0301\u0301"     = 5
          "\uD83C\uDDE6\uD83C\uDDE6\uD83C\uDDE6\u0301"     = 6
          "\u1160\u1160\u11a8\u0301"      = 7
          "\u0d4e\u0d4e"      = 8
          "\u102bx"     = 9
          abcdefgh = 10
        }
        """));
    cases.add(of("key-escapes",
        body(b -> b.attribute("o", object(map(
            "new\nline", num(1), "tab\t", num(2), "cr\r", num(3), "back\\slash", num(4), "$${", num(5),
            "%{", num(6), "$", num(7), "nul\u0000", num(8), "astral\uDB40\uDC01", num(9), "a", num(10))))),
        """
        o = {
          "new\\nline"        = 1
          "tab\\t"            = 2
          "cr\\r"             = 3
          "back\\\\slash"      = 4
          "$$${"             = 5
          "%%{"              = 6
          "$"                = 7
          "nul\\u0000"        = 8
          "astral\\U000e0001" = 9
          a                  = 10
        }
        """));
    cases.add(of("unicode-values",
        body(b -> b.block("locals", l -> l.attribute("greeting", "Grüße, 世界! 👋🏽")
            .attribute("names", strings(List.of("José", "Zoë", "Ærøskøbing", "İstanbul", "Þór")))
            .attribute("scripts", list(List.of(str("עברית"), str("العربية"), str("हिन्दी"), str("ไทย"), str("한국어"))))
            .attribute("mixed", template("é", ref("var.x"), "😀", ref("var.y"), "\u0301")))),
        """
        locals {
          greeting = "Grüße, 世界! 👋🏽"
          names    = ["José", "Zoë", "Ærøskøbing", "İstanbul", "Þór"]
          scripts  = ["עברית", "العربية", "हिन्दी", "ไทย", "한국어"]
          mixed    = "é${var.x}😀${var.y}\u0301"
        }
        """));
    cases.add(new Case("header-with-blocks",
        body(b -> b.block("packer", p -> p.attribute("required_version", ">= 1.9.0"))
            .block("variable", List.of("token"), v -> v.attribute("type", ref("string")).attribute("sensitive", true)
                .block("validation", c -> c.attribute("condition", call("can", call("regex", str("^[a-z]+$"), ref("var.token"))))
                    .attribute("error_message", "Lowercase letters only.")))),
        "Generated by Ingot. DO NOT EDIT.",
        """
        # Generated by Ingot. DO NOT EDIT.

        packer {
          required_version = ">= 1.9.0"
        }

        variable "token" {
          type      = string
          sensitive = true

          validation {
            condition     = can(regex("^[a-z]+$", var.token))
            error_message = "Lowercase letters only."
          }
        }
        """));
    cases.add(of("heredoc-lists-in-objects",
        body(b -> b.attribute("scripts", object(map(
            "setup", list(List.of(heredoc("apt-get update\napt-get install -y curl\n"), heredoc("  indented\n"))),
            "teardown", list(List.of(str("echo bye"))))))),
        """
        scripts = {
          setup = [
            <<-EOT
              apt-get update
              apt-get install -y curl
            EOT
            ,
            <<EOT
          indented
        EOT
          ]
          teardown = ["echo bye"]
        }
        """));
    return cases;
  }

  /** Cases with syntax that Packer 1.6.6 (HCL before provider functions) cannot parse. */
  static List<Case> terraformOnly() {
    return List.of(of("provider-functions",
        body(b -> b.attribute("ns", call("provider::terraform::encode_tfvars", object(map("a", num(1)))))
            .attribute("flat", call("provider::terraform::decode_tfvars", str("a = 1")))),
        """
        ns = provider::terraform::encode_tfvars({
          a = 1
        })
        flat = provider::terraform::decode_tfvars("a = 1")
        """));
  }

  private static Case of(String name, HclBody body, String expected) {
    return new Case(name, body, null, expected);
  }

  private static HclBody body(Consumer<HclBody.Builder> content) {
    HclBody.Builder builder = HclBody.builder();
    content.accept(builder);
    return builder.build();
  }
}
