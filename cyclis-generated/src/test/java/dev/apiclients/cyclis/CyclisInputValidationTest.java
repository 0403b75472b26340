package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.testing.ConcurrentLoad;
import dev.apiclients.runtime.testing.RequiredInputs;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input an operation cannot do without (path parameters, the body, each field the spec
 * lists as {@code required} at any depth) is refused when missing, before a byte is sent, with a
 * message naming it. The cases come from the generated interfaces and models, so a field the spec
 * newly requires is covered without editing this test.
 */
class CyclisInputValidationTest {
  private static final Path SPEC = Paths.get("../cyclis-spec/src/main/resources/openapi/cyclis-integrator-api.yaml");

  private final MockWebServer server = new MockWebServer();
  private CyclisClient client;

  @BeforeEach
  void setUp() throws Exception {
    // Answers at once, so that a request that should not have been sent fails its test quickly.
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setResponseCode(204);
      }
    });
    server.start();
    client = clientFor(server).build();
  }

  @AfterEach
  void tearDown() throws Exception {
    client.close();
    server.shutdown();
  }

  static List<RequiredInputs.Case> missingInputs() {
    return RequiredInputs.missingInputCases(CyclisClient.class);
  }

  static List<Method> operations() {
    return RequiredInputs.operationsOf(CyclisClient.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingInputs")
  void missingInputIsRefusedBeforeAnythingIsSent(RequiredInputs.Case missing) {
    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> missing.call(client).execute());

    assertEquals(missing.expectedMessage(), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingInputs")
  void missingInputIsRefusedBeforeAnythingIsSentWhenEnqueued(RequiredInputs.Case missing) {
    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
        () -> ConcurrentLoad.enqueueAndWait(missing.call(client)));

    assertEquals(missing.expectedMessage(), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationWithAllInputsIsSent(Method operation) throws Exception {
    // The other half of the cases above: the same arguments, nothing left out, do reach the server.

    RequiredInputs.invoke(client, operation, RequiredInputs.validArguments(operation)).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals(TOKEN, request.getHeader("API-TOKEN"));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void requestModelsRequireExactlyWhatTheSpecRequires() throws Exception {
    Map<String, Set<String>> spec = RequiredInputs.specRequiredLists(SPEC);
    Map<Class<?>, Set<String>> models = RequiredInputs.requestModels(CyclisClient.class);

    assertTrue(models.size() >= 4, models::toString);
    for (Map.Entry<Class<?>, Set<String>> model : models.entrySet()) {
      String schema = model.getKey().getSimpleName();
      assertTrue(spec.containsKey(schema), () -> "no schema " + schema + " in " + SPEC);
      assertEquals(spec.get(schema), model.getValue(), schema);
    }
  }

  @Test
  void casesReachNestedFieldsAndEveryPathParameter() {
    // Guards the derivation itself: were it to find nothing, the parameterized tests would pass empty.
    List<String> names = new ArrayList<>();
    for (RequiredInputs.Case missing : missingInputs()) {
      names.add(missing.toString());
    }

    assertTrue(names.contains("CyclistsApi.createCyclist without data.attributes.last_name"), names::toString);
    assertTrue(names.contains("CyclistsApi.createCyclist without data.relationships.company.data.id"),
        names::toString);
    assertTrue(names.contains("OrdersApi.updateOrderStatus without data.attributes.status"), names::toString);
    assertTrue(names.contains("CallbacksApi.registerCallback without data.attributes.url"), names::toString);
    for (String operation : new String[] {"CyclistsApi.getCyclist", "CyclistsApi.updateCyclist",
        "OrdersApi.getOrder", "OrdersApi.updateOrderStatus"}) {
      assertTrue(names.contains(operation + " without path parameter uuid"), operation);
    }
    RequiredInputs.Case lastName = missingInputs().get(names.indexOf(
        "CyclistsApi.createCyclist without data.attributes.last_name"));
    assertEquals("Missing required field 'data.attributes.last_name' in CyclistCreateRequest; nothing was sent",
        lastName.expectedMessage());
  }
}
