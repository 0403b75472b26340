package dev.apiclients.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a pact file against the spec of its provider: every interaction's request and response
 * goes through swagger-request-validator, and each error becomes one line naming the interaction.
 */
final class PactSpecCheck {
  private PactSpecCheck() {}

  /** The HTTP interactions of a pact file, in file order. */
  static List<SynchronousRequestResponse> interactions(Path pactFile) {
    if (!Files.isRegularFile(pactFile)) {
      throw new IllegalStateException("no pact file " + pactFile + ": the consumer tests write it, run them first");
    }
    Pact pact = DefaultPactReader.INSTANCE.loadPact(new FileSource(new File(pactFile.toString())));
    List<SynchronousRequestResponse> interactions = new ArrayList<>();
    for (Interaction interaction : pact.getInteractions()) {
      SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
      if (http == null) {
        throw new IllegalStateException(pactFile + ": '" + interaction.getDescription()
            + "' is not an HTTP request/response interaction; this check reads only those");
      }
      interactions.add(http);
    }
    return interactions;
  }

  /**
   * Every violation of the spec in the pact file, as {@code 'description': [key] message}; empty
   * when the pact honours the spec.
   */
  static List<String> violations(ApiUnderTest api, Path pactFile) {
    OpenApiInteractionValidator validator = SpecValidators.forPacts(api);
    List<String> violations = new ArrayList<>();
    for (SynchronousRequestResponse interaction : interactions(pactFile)) {
      for (String error : SpecValidators.errors(validator.validate(
          PactRequest.of(interaction.getRequest()), PactResponse.of(interaction.getResponse())))) {
        violations.add("'" + interaction.getDescription() + "': " + error);
      }
    }
    return violations;
  }
}
