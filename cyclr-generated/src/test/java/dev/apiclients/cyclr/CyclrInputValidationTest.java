package dev.apiclients.cyclr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;

import dev.apiclients.runtime.testing.RequiredInputChecks;
import dev.apiclients.runtime.testing.RequiredInputs;
import dev.apiclients.runtime.testing.ServedClient;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input an operation cannot do without (path parameters, the body, each field the spec
 * lists as {@code required}) is refused when missing, before a byte is sent: neither the call nor
 * a token request reaches a server. The cases come from the generated interfaces and models, so a
 * field the spec newly requires is covered without editing this test.
 */
class CyclrInputValidationTest {
  private static final Path SPEC = Paths.get("../cyclr-spec/src/main/resources/openapi/cyclr-partner-api.yaml");

  /** Answers at once, so that a request that should not have been sent fails its test quickly. */
  private final TestServers.Routing routing =
      new TestServers.Routing(request -> new MockResponse().setResponseCode(204));
  @RegisterExtension
  final ServedClient<CyclrClient> served = ServedClient.start(routing, TestServers::oauthClient);
  private final MockWebServer server = served.server();
  private final CyclrClient cyclr = served.client();

  static Stream<Arguments> missingInputs() {
    return RequiredInputChecks.missingInputCasesBothWays(CyclrCalls.class);
  }

  static List<Method> operations() {
    return RequiredInputs.operationsOf(CyclrCalls.class);
  }

  /** Each string path parameter of each operation, with each value that leaves its path segment empty. */
  static Stream<Arguments> emptyPathParameters() {
    return RequiredInputChecks.emptyPathParameters(CyclrCalls.class);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("missingInputs")
  void missingInputIsRefusedBeforeAnythingIsSent(RequiredInputs.Case missing, RequiredInputChecks.Dispatch dispatch) {
    RequiredInputChecks.assertRefusedBeforeAnythingIsSent(missing, dispatch, cyclr.calls(), server);
  }

  @ParameterizedTest(name = "{0} with {3} \"{4}\"")
  @MethodSource("emptyPathParameters")
  void emptyPathParameterIsRefusedBeforeAnythingIsSent(String name, Method operation, int parameter,
      String parameterName, String empty) {
    // "accounts/{AccountId}" with an empty ID is "accounts/": another resource, or another account.
    Object[] arguments = RequiredInputs.validArguments(operation);
    arguments[parameter] = empty;

    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> RequiredInputs.invoke(cyclr.calls(), operation, arguments).execute());

    assertEquals("Path parameter '" + parameterName + "' must not be empty or blank; nothing was sent",
        e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationWithAllInputsIsSent(Method operation) throws Exception {
    // The other half of the cases above: the same arguments, nothing left out, do reach the API.
    RequiredInputs.executeAgainstNoContent(
        RequiredInputs.invoke(cyclr.calls(), operation, TestServers.sendableArguments(operation)));

    assertEquals(1, routing.tokensIssued.get());
    assertEquals(1, routing.apiCalls.get());
  }

  @Test
  void requestModelsRequireExactlyWhatTheSpecRequires() throws Exception {
    RequiredInputChecks.assertRequestModelsRequireWhatTheSpecRequires(CyclrCalls.class, SPEC, 4);
  }

  @Test
  void casesReachEveryRequiredFieldAndEveryPathParameter() {
    // Guards the derivation itself: were it to find nothing, the parameterized tests would pass empty.
    List<RequiredInputs.Case> cases = RequiredInputs.missingInputCases(CyclrCalls.class);

    RequiredInputChecks.assertCasesInclude(cases,
        "AccountsApi.createAccount without Name",
        "AccountsApi.createAccountSignInToken without Username",
        "ConnectorsApi.installConnector without ConnectorVersion",
        "AccountsApi.updateAccount without path parameter AccountId",
        "AccountsApi.getAccountUsage without path parameter AccountId");
    assertEquals("Path parameter \"AccountId\" value must not be null. (parameter #1)\n"
        + "    for method AccountsApi.getAccountUsage",
        RequiredInputChecks.caseNamed(cases, "AccountsApi.getAccountUsage without path parameter AccountId")
            .expectedMessage());
  }
}
