package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The checks every client's input-validation test makes with the cases {@link RequiredInputs}
 * derives: a missing input is refused before anything is sent, the derivation reaches the inputs
 * it must (were it to find nothing, the tests built on it would pass empty), and the generated
 * request models require exactly what the spec requires.
 */
public final class RequiredInputChecks {
  /** The values that leave a path segment empty: {@code accounts/{id}} would become {@code accounts/}. */
  private static final String[] EMPTY_VALUES = {"", " "};

  private RequiredInputChecks() {}

  /** How a test makes a call: executed on its own thread, or enqueued. */
  public enum Dispatch {
    EXECUTED,
    ENQUEUED
  }

  /**
   * Returns each missing-input case of {@code clientType} once executed and once enqueued, as
   * arguments (case, dispatch) for a test named {@code "{0}, {1}"}.
   */
  public static Stream<Arguments> missingInputCasesBothWays(Class<?> clientType) {
    List<Arguments> cases = new ArrayList<>();
    for (RequiredInputs.Case missing : RequiredInputs.missingInputCases(clientType)) {
      for (Dispatch dispatch : Dispatch.values()) {
        cases.add(Arguments.of(missing, dispatch));
      }
    }
    return cases.stream();
  }

  /**
   * Makes the call of {@code missing} on {@code client}: it must fail with exactly its expected
   * {@code IllegalArgumentException}, and no request, not even a token request, may reach {@code server}.
   */
  public static void assertRefusedBeforeAnythingIsSent(RequiredInputs.Case missing, Dispatch dispatch, Object client,
      MockWebServer server) {
    IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class, () -> {
      if (dispatch == Dispatch.EXECUTED) {
        missing.call(client).execute();
      } else {
        ConcurrentLoad.enqueueAndWait(missing.call(client));
      }
    });

    assertEquals(missing.expectedMessage(), e.getMessage());
    assertEquals(0, server.getRequestCount(), "nothing may be sent, not even a token request");
  }

  /**
   * Each request model of {@code clientType} (at least {@code minimumModels} of them) is a schema
   * of {@code spec} and requires exactly the fields the schema's {@code required} list names.
   */
  public static void assertRequestModelsRequireWhatTheSpecRequires(Class<?> clientType, Path spec,
      int minimumModels) throws IOException {
    Map<String, Set<String>> required = RequiredInputs.specRequiredLists(spec);
    Map<Class<?>, Set<String>> models = RequiredInputs.requestModels(clientType);

    assertTrue(models.size() >= minimumModels, models::toString);
    for (Map.Entry<Class<?>, Set<String>> model : models.entrySet()) {
      String schema = model.getKey().getSimpleName();
      assertTrue(required.containsKey(schema), () -> "no schema " + schema + " in " + spec);
      assertEquals(required.get(schema), model.getValue(), schema);
    }
  }

  /** Fails naming every one of {@code names} (as {@link RequiredInputs.Case#toString}) not among {@code cases}. */
  public static void assertCasesInclude(List<RequiredInputs.Case> cases, String... names) {
    List<String> all = namesOf(cases);
    List<String> absent = new ArrayList<>();
    for (String name : names) {
      if (!all.contains(name)) {
        absent.add(name);
      }
    }
    assertTrue(absent.isEmpty(), () -> "no case " + absent + " in " + all);
  }

  /** Returns the case named {@code name}; fails when there is none. */
  public static RequiredInputs.Case caseNamed(List<RequiredInputs.Case> cases, String name) {
    for (RequiredInputs.Case missing : cases) {
      if (missing.toString().equals(name)) {
        return missing;
      }
    }
    return fail("no case " + name + " in " + namesOf(cases));
  }

  /**
   * Returns a case for each {@code String} path parameter of each operation of {@code clientType}
   * with each value that leaves its path segment empty, as arguments (operation name, operation,
   * parameter index, parameter name, value) for a test named {@code "{0} with {3} \"{4}\""}.
   */
  public static Stream<Arguments> emptyPathParameters(Class<?> clientType) {
    List<Arguments> cases = new ArrayList<>();
    for (Method operation : RequiredInputs.operationsOf(clientType)) {
      Annotation[][] annotations = operation.getParameterAnnotations();
      for (int i = 0; i < annotations.length; i++) {
        for (Annotation annotation : annotations[i]) {
          if (annotation instanceof retrofit2.http.Path && operation.getParameterTypes()[i] == String.class) {
            for (String empty : EMPTY_VALUES) {
              cases.add(Arguments.of(RequiredInputs.nameOf(operation), operation, i,
                  ((retrofit2.http.Path) annotation).value(), empty));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  private static List<String> namesOf(List<RequiredInputs.Case> cases) {
    List<String> names = new ArrayList<>();
    for (RequiredInputs.Case missing : cases) {
      names.add(missing.toString());
    }
    return names;
  }
}
