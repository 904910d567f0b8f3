package dev.ingot.core.generate;

import dev.ingot.core.InfraDefinition;
import dev.ingot.core.validate.InvalidModelException;
import dev.ingot.core.validate.Problem;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code generate|check [--out DIR] [--regenerate-hint COMMAND] DEFINITION-CLASS}.
 *
 * <p>When {@code check} finds drift it names the command that regenerates the files: the one given
 * with {@code --regenerate-hint} (a build wrapping this class knows its own command), else this
 * class's {@code generate} with the same directory and definition.
 *
 * <p>Exit status: 0 when the files were written or are up to date, 1 when {@code check} finds
 * drift, 2 when the model is invalid or the command is wrong.
 */
public final class Main {
  /** Files written, or no drift. */
  public static final int OK = 0;
  /** {@code check} found generated files out of date. */
  public static final int DRIFT = 1;
  /** Invalid model, bad arguments, or a failure while writing. */
  public static final int FAILED = 2;

  /** How this class is started; the class path depends on the build. */
  private static final String LAUNCH = "java -cp … " + Main.class.getName();

  private static final String USAGE = """
      usage: %s generate|check [--out DIR] [--regenerate-hint COMMAND] DEFINITION-CLASS
        generate  write the site's files into DIR (default: generated)
        check     compare DIR with what the definition generates; exit 1 on drift
        --regenerate-hint COMMAND  what check tells to run on drift (default: this class's generate)
        DEFINITION-CLASS  a class implementing dev.ingot.core.InfraDefinition""".formatted(LAUNCH);

  private Main() {}

  /** Runs the command and exits with its status when that is not 0. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs the command, printing to {@code out} and {@code err}, and returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String command = null;
    String outDir = "generated";
    String definition = null;
    String hint = null;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      if (arg.equals("--out")) {
        if (rest.isEmpty()) {
          return usage(err, "--out needs a directory");
        }
        outDir = rest.remove(0);
      } else if (arg.equals("--regenerate-hint")) {
        if (rest.isEmpty() || rest.get(0).isBlank()) {
          return usage(err, "--regenerate-hint needs a command");
        }
        hint = rest.remove(0);
      } else if (arg.equals("-h") || arg.equals("--help")) {
        out.println(USAGE);
        return OK;
      } else if (arg.startsWith("-")) {
        return usage(err, "unknown option " + arg);
      } else if (command == null) {
        command = arg;
      } else if (definition == null) {
        definition = arg;
      } else {
        return usage(err, "unexpected argument " + arg);
      }
    }
    if (command == null || definition == null) {
      return usage(err, "a command and a definition class are needed");
    }
    if (!command.equals("generate") && !command.equals("check")) {
      return usage(err, "unknown command " + command);
    }
    try {
      Generator generator = Generator.of(load(definition));
      Path dir = Path.of(outDir);
      if (command.equals("generate")) {
        WriteReport report = generator.write(dir);
        printWarnings(generator, err);
        out.print("ingot: generated " + dir + ": " + report.describe());
        return OK;
      }
      DriftReport drift = generator.check(dir);
      printWarnings(generator, err);
      if (drift.isClean()) {
        out.println("ingot: " + dir + " is up to date");
        return OK;
      }
      err.print("ingot: " + dir + ": " + drift.describe());
      err.println("\nRegenerate with: " + (hint != null ? hint
          : LAUNCH + " generate --out " + dir + " " + definition));
      return DRIFT;
    } catch (InvalidModelException e) {
      err.println("ingot: " + e.getMessage());
      return FAILED;
    } catch (GenerationException | IllegalArgumentException e) {
      err.println("ingot: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("ingot: generation failed: " + e);
      e.printStackTrace(err);
      return FAILED;
    }
  }

  private static void printWarnings(Generator generator, PrintStream err) {
    for (Problem warning : generator.warnings()) {
      err.println("ingot: " + warning);
    }
  }

  private static InfraDefinition load(String className) {
    try {
      Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
      if (!InfraDefinition.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException(className + " does not implement " + InfraDefinition.class.getName());
      }
      return (InfraDefinition) type.getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("definition class not found: " + className, e);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(className + " needs a public no-argument constructor", e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalArgumentException(className + " failed to construct: " + e.getCause(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot instantiate " + className + ": " + e, e);
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("ingot: " + problem + "\n" + USAGE);
    return FAILED;
  }
}
