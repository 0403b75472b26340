package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.V4Interaction;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every message of the callback pact file honours the body schema of its callback in the Cyclis
 * spec, and every callback of the spec has a message. Runs in failsafe's integration-test phase,
 * after surefire's {@link CyclisCallbackPactTest} wrote the file.
 */
class CallbackPactsMatchSpecIT {
  private static final CallbackSchemas CALLBACKS = CallbackSchemas.of(ApiUnderTest.CYCLIS);

  @Test
  void everyMessageHonoursItsCallbackSchema() {
    List<String> violations = new ArrayList<>();
    for (V4Interaction.AsynchronousMessage message : messages()) {
      String operationId = CyclisCallbackPactTest.CALLBACK_OPERATIONS.get(message.getDescription());
      if (operationId == null) {
        violations.add("'" + message.getDescription() + "': no callback of the spec is known for this message");
        continue;
      }
      for (String error : CALLBACKS.violations(operationId, message.getContents().getContents().valueAsString())) {
        violations.add("'" + message.getDescription() + "' (" + operationId + "): " + error);
      }
    }

    assertTrue(violations.isEmpty(), () -> pactFile().getFileName() + " breaks the spec's callbacks in "
        + violations.size() + " place(s):\n  " + String.join("\n  ", violations) + "\n");
  }

  @Test
  void everyCallbackOfTheSpecHasAMessage() {
    Set<String> covered = new TreeSet<>();
    for (V4Interaction.AsynchronousMessage message : messages()) {
      covered.add(CyclisCallbackPactTest.CALLBACK_OPERATIONS.get(message.getDescription()));
    }

    assertEquals(new TreeSet<>(CALLBACKS.bodies().keySet()), covered);
  }

  private static List<V4Interaction.AsynchronousMessage> messages() {
    Path file = pactFile();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no pact file " + file + ": CyclisCallbackPactTest writes it, run it first");
    }
    List<V4Interaction.AsynchronousMessage> messages = new ArrayList<>();
    for (Interaction interaction : DefaultPactReader.INSTANCE.loadPact(new FileSource(new File(file.toString())))
        .getInteractions()) {
      if (!interaction.isAsynchronousMessage()) {
        throw new IllegalStateException(file + ": '" + interaction.getDescription() + "' is not a message");
      }
      messages.add(interaction.asAsynchronousMessage());
    }
    return messages;
  }

  private static Path pactFile() {
    return ApiUnderTest.pactDir().resolve(CyclisCallbackPactTest.CONSUMER + "-" + ApiUnderTest.CYCLIS.provider() + ".json");
  }
}
