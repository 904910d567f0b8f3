package dev.ingot.core.testsupport;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.TextDocument;
import dev.ingot.core.ValidationContext;
import java.util.Map;

/**
 * A minimal component for tests of the core machinery: it writes the given text files, and
 * reports an error for every file whose content is {@code "invalid"} and a warning for every
 * file whose content is {@code "dubious"}.
 *
 * @param name the component name
 * @param files relative path → content
 */
public record FileComponent(String name, Map<String, String> files) implements Component {
  @Override
  public String kind() {
    return "file set";
  }

  @Override
  public void validate(ValidationContext context) {
    files.forEach((path, content) -> {
      if (content.equals("invalid")) {
        context.error(path().field("files").key(path), "content must not be \"invalid\"");
      } else if (content.equals("dubious")) {
        context.warning(path().field("files").key(path), "content looks dubious");
      }
    });
  }

  @Override
  public void emit(Emission out) {
    files.forEach((path, content) -> out.add(path, TextDocument.hashComments(content)));
  }
}
