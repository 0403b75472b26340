package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Coverage computed from the specs, not listed by hand: every operation under a spec's {@code paths}
 * must have a pact interaction and a recorded response, each with a successful answer, so that an
 * operation added to a spec fails the build until it is tested. Runs after the consumer tests
 * (failsafe), because it reads the pact files they write.
 */
class OperationCoverageIT {
  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void everyOperationHasASuccessfulPactInteraction(ApiUnderTest api) {
    List<SpecOperation> operations = SpecOperation.of(api);
    Set<String> covered = new TreeSet<>();
    for (SynchronousRequestResponse interaction : PactSpecCheck.interactions(api.pactFile())) {
      if (isSuccess(interaction.getResponse().getStatus())) {
        SpecOperation.forRequest(operations, interaction.getRequest().getMethod(),
            interaction.getRequest().getPath()).ifPresent(operation -> covered.add(operation.operationId()));
      }
    }

    assertEquals(List.of(), missing(operations, covered),
        () -> api.pactFile().getFileName() + " has no successful interaction for these operations of "
            + api.specUrl() + "; add a @Pact to the consumer test");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void everyOperationHasASuccessfulRecordedResponse(ApiUnderTest api) {
    Set<String> covered = Recording.all(api).stream()
        .filter(Recording::isSuccess)
        .map(Recording::operationId)
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(List.of(), missing(SpecOperation.of(api), covered),
        () -> "recorded/" + api.shortName() + "/ has no <operationId>_2xx recording for these operations of "
            + api.specUrl());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ApiUnderTest.class)
  void everyRecordingNamesAnOperationOfTheSpec(ApiUnderTest api) {
    Set<String> operationIds = SpecOperation.of(api).stream()
        .map(SpecOperation::operationId)
        .collect(Collectors.toSet());

    List<String> strays = Recording.all(api).stream()
        .filter(r -> !operationIds.contains(r.operationId()))
        .map(Recording::toString)
        .collect(Collectors.toList());

    // A misspelt operationId would otherwise count for nothing and fool the coverage above.
    assertEquals(List.of(), strays, "recordings named after no operation of " + api.specUrl());
  }

  private static List<String> missing(List<SpecOperation> operations, Set<String> covered) {
    return operations.stream()
        .filter(operation -> !covered.contains(operation.operationId()))
        .map(SpecOperation::toString)
        .collect(Collectors.toList());
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }
}
