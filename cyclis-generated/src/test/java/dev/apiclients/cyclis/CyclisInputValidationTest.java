package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.apiclients.runtime.testing.RequiredInputChecks;
import dev.apiclients.runtime.testing.RequiredInputs;
import dev.apiclients.runtime.testing.ServedClient;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input an operation cannot do without (path parameters, the body, each field the spec
 * lists as {@code required} at any depth) is refused when missing, before a byte is sent, with a
 * message naming it. The cases come from the generated interfaces and models, so a field the spec
 * newly requires is covered without editing this test.
 */
class CyclisInputValidationTest {
  private static final Path SPEC = Paths.get("../cyclis-spec/src/main/resources/openapi/cyclis-integrator-api.yaml");

  /** Answers at once, so that a request that should not have been sent fails its test quickly. */
  private static final Dispatcher NO_CONTENT = new Dispatcher() {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      return new MockResponse().setResponseCode(204);
    }
  };

  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(NO_CONTENT, server -> clientFor(server).build());
  private final MockWebServer server = served.server();
  private final CyclisClient client = served.client();

  static Stream<Arguments> missingInputs() {
    return RequiredInputChecks.missingInputCasesBothWays(CyclisCalls.class);
  }

  static List<Method> operations() {
    return RequiredInputs.operationsOf(CyclisCalls.class);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("missingInputs")
  void missingInputIsRefusedBeforeAnythingIsSent(RequiredInputs.Case missing, RequiredInputChecks.Dispatch dispatch) {
    RequiredInputChecks.assertRefusedBeforeAnythingIsSent(missing, dispatch, client.calls(), server);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationWithAllInputsIsSent(Method operation) throws Exception {
    // The other half of the cases above: the same arguments, nothing left out, do reach the server.

    RequiredInputs.executeAgainstNoContent(RequiredInputs.invoke(client.calls(), operation, RequiredInputs.validArguments(operation)));

    RecordedRequest request = server.takeRequest();
    assertEquals(TOKEN, request.getHeader("API-TOKEN"));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void requestModelsRequireExactlyWhatTheSpecRequires() throws Exception {
    RequiredInputChecks.assertRequestModelsRequireWhatTheSpecRequires(CyclisCalls.class, SPEC, 4);
  }

  @Test
  void casesReachNestedFieldsAndEveryPathParameter() {
    // Guards the derivation itself: were it to find nothing, the parameterized tests would pass empty.
    List<RequiredInputs.Case> cases = RequiredInputs.missingInputCases(CyclisCalls.class);

    RequiredInputChecks.assertCasesInclude(cases,
        "CyclistsApi.createCyclist without data.attributes.last_name",
        "CyclistsApi.createCyclist without data.relationships.company.data.id",
        "OrdersApi.updateOrderStatus without data.attributes.status",
        "CallbacksApi.registerCallback without data.attributes.url",
        "CyclistsApi.getCyclist without path parameter uuid",
        "CyclistsApi.updateCyclist without path parameter uuid",
        "OrdersApi.getOrder without path parameter uuid",
        "OrdersApi.updateOrderStatus without path parameter uuid");
    assertEquals("Missing required field 'data.attributes.last_name' in CyclistCreateRequest; nothing was sent",
        RequiredInputChecks.caseNamed(cases, "CyclistsApi.createCyclist without data.attributes.last_name")
            .expectedMessage());
  }
}
