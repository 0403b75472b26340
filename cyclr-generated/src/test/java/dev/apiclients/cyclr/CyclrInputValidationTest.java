package dev.apiclients.cyclr;

import static dev.apiclients.cyclr.TestServers.oauthClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.runtime.testing.ConcurrentLoad;
import dev.apiclients.runtime.testing.RequiredInputs;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

  private MockWebServer server;
  /** Answers at once, so that a request that should not have been sent fails its test quickly. */
  private final TestServers.Routing routing =
      new TestServers.Routing(request -> new MockResponse().setResponseCode(204));
  private CyclrClient cyclr;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(routing);
    server.start();
    cyclr = oauthClient(server);
  }

  @AfterEach
  void tearDown() throws Exception {
    cyclr.close();
    server.shutdown();
  }

  static List<RequiredInputs.Case> missingInputs() {
    return RequiredInputs.missingInputCases(CyclrClient.class);
  }

  static List<Method> operations() {
    return RequiredInputs.operationsOf(CyclrClient.class);
  }

  /** Each string path parameter of each operation, with each value that leaves its path segment empty. */
  static Stream<Arguments> emptyPathParameters() {
    List<Arguments> cases = new ArrayList<>();
    for (Method operation : operations()) {
      Annotation[][] annotations = operation.getParameterAnnotations();
      for (int i = 0; i < annotations.length; i++) {
        for (Annotation annotation : annotations[i]) {
          if (annotation instanceof retrofit2.http.Path && operation.getParameterTypes()[i] == String.class) {
            for (String empty : new String[] {"", " "}) {
              cases.add(Arguments.of(RequiredInputs.nameOf(operation), operation, i,
                  ((retrofit2.http.Path) annotation).value(), empty));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingInputs")
  void missingInputIsRefusedBeforeAnythingIsSent(RequiredInputs.Case missing) {
    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> missing.call(cyclr).execute());

    assertEquals(missing.expectedMessage(), e.getMessage());
    assertEquals(0, server.getRequestCount(), "not even a token request");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingInputs")
  void missingInputIsRefusedBeforeAnythingIsSentWhenEnqueued(RequiredInputs.Case missing) {
    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> ConcurrentLoad.enqueueAndWait(missing.call(cyclr)));

    assertEquals(missing.expectedMessage(), e.getMessage());
    assertEquals(0, server.getRequestCount(), "not even a token request");
  }

  @ParameterizedTest(name = "{0} with {3} \"{4}\"")
  @MethodSource("emptyPathParameters")
  void emptyPathParameterIsRefusedBeforeAnythingIsSent(String name, Method operation, int parameter,
      String parameterName, String empty) {
    // "accounts/{AccountId}" with an empty ID is "accounts/": another resource, or another account.
    Object[] arguments = RequiredInputs.validArguments(operation);
    arguments[parameter] = empty;

    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> RequiredInputs.invoke(cyclr, operation, arguments).execute());

    assertEquals("Path parameter '" + parameterName + "' must not be empty or blank; nothing was sent",
        e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationWithAllInputsIsSent(Method operation) throws Exception {
    // The other half of the cases above: the same arguments, nothing left out, do reach the API.
    Object[] arguments = RequiredInputs.validArguments(operation);
    for (Object argument : arguments) {
      if (argument instanceof InstallConnectorRequest) {
        // Every field is set, but Cyclr takes an API key or a user name and password, not both.
        ((InstallConnectorRequest) argument).username(null).password(null);
      }
    }

    RequiredInputs.invoke(cyclr, operation, arguments).execute();

    assertEquals(1, routing.tokensIssued.get());
    assertEquals(1, routing.apiCalls.get());
  }

  @Test
  void requestModelsRequireExactlyWhatTheSpecRequires() throws Exception {
    Map<String, Set<String>> spec = RequiredInputs.specRequiredLists(SPEC);
    Map<Class<?>, Set<String>> models = RequiredInputs.requestModels(CyclrClient.class);

    assertTrue(models.size() >= 4, models::toString);
    for (Map.Entry<Class<?>, Set<String>> model : models.entrySet()) {
      String schema = model.getKey().getSimpleName();
      assertTrue(spec.containsKey(schema), () -> "no schema " + schema + " in " + SPEC);
      assertEquals(spec.get(schema), model.getValue(), schema);
    }
  }

  @Test
  void casesReachEveryRequiredFieldAndEveryPathParameter() {
    // Guards the derivation itself: were it to find nothing, the parameterized tests would pass empty.
    List<String> names = new ArrayList<>();
    for (RequiredInputs.Case missing : missingInputs()) {
      names.add(missing.toString());
    }

    assertTrue(names.contains("AccountsApi.createAccount without Name"), names::toString);
    assertTrue(names.contains("AccountsApi.createAccountSignInToken without Username"), names::toString);
    assertTrue(names.contains("ConnectorsApi.installConnector without ConnectorVersion"), names::toString);
    assertTrue(names.contains("AccountsApi.updateAccount without path parameter AccountId"), names::toString);
    assertTrue(names.contains("AccountsApi.getAccountUsage without path parameter AccountId"), names::toString);
    RequiredInputs.Case accountId = missingInputs().get(names.indexOf(
        "AccountsApi.getAccountUsage without path parameter AccountId"));
    assertEquals("Path parameter \"AccountId\" value must not be null. (parameter #1)\n"
        + "    for method AccountsApi.getAccountUsage", accountId.expectedMessage());
  }
}
