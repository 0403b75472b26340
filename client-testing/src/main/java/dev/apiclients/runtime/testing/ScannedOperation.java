package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;

import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import retrofit2.Call;
import retrofit2.Response;

/**
 * One operation of a client as a secret-hygiene test calls it: the request model it sends, and a
 * success and an error answer the server may give. A client's test lists every operation of the
 * client, so that a secret cannot leak through one that nobody thought of.
 *
 * @param <C> the client the operation is called on
 */
public class ScannedOperation<C> {
  /** The operation's {@link RequiredInputs#nameOf name}, for example {@code OrdersApi.getOrder}. */
  public final String name;
  /** The model the request sends, or null; scanned too, as a caller may print it. */
  public final Object requestModel;
  public final int successStatus;
  public final String successBody;
  public final int errorStatus;
  public final String errorBody;
  private final Function<C, Call<?>> call;

  public ScannedOperation(String name, Object requestModel, Function<C, Call<?>> call,
      int successStatus, String successBody, int errorStatus, String errorBody) {
    this.name = name;
    this.requestModel = requestModel;
    this.call = call;
    this.successStatus = successStatus;
    this.successBody = successBody;
    this.errorStatus = errorStatus;
    this.errorBody = errorBody;
  }

  /**
   * Returns a case for each operation with each answer, for a test named {@code "{0} answered
   * with {1}"}.
   */
  public static Stream<Arguments> everyOperationAndAnswer(List<? extends ScannedOperation<?>> operations,
      Enum<?>[] answers) {
    List<Arguments> cases = new ArrayList<>();
    for (ScannedOperation<?> operation : operations) {
      for (Enum<?> answer : answers) {
        cases.add(Arguments.of(operation, answer));
      }
    }
    return cases.stream();
  }

  /**
   * Fails unless {@code operations} name exactly the operations of {@code clientType}, of which
   * there are {@code count}: a new operation in the spec fails here until it is listed.
   */
  public static void assertCoverEveryOperationOf(Class<?> clientType, int count,
      List<? extends ScannedOperation<?>> operations) {
    TreeSet<String> covered = new TreeSet<>();
    for (ScannedOperation<?> operation : operations) {
      covered.add(operation.name);
    }
    TreeSet<String> all = new TreeSet<>();
    for (Method method : RequiredInputs.operationsOf(clientType)) {
      all.add(RequiredInputs.nameOf(method));
    }

    assertEquals(all, covered);
    assertEquals(count, all.size());
  }

  /** Returns the exact exception type a caller gets for {@link #errorStatus}. */
  public Class<? extends ApiException> errorType() {
    return ApiHttpException.forStatus(errorStatus, null, null, "").getClass();
  }

  /**
   * Calls the operation on {@code client}, checks its outcome (the {@link #successStatus}, or
   * exactly {@code expectedFailure} when not null), and scans everything a caller can print of it.
   */
  public void callAndScan(C client, SecretScan scan, Class<? extends ApiException> expectedFailure)
      throws IOException {
    Call<?> prepared = call.apply(client);
    // The OkHttp request carries Retrofit's Invocation (method and arguments) as a tag.
    scan.text("call.request()", prepared.request().toString());
    if (expectedFailure == null) {
      Response<?> response = prepared.execute();
      assertEquals(successStatus, response.code());
      scan.text("response", response.toString())
          .text("response body", String.valueOf(response.body()))
          .text("raw response", response.raw().toString())
          .text("raw request", response.raw().request().toString());
    } else {
      scan.exception(this + " failure", assertThrowsExactly(expectedFailure, prepared::execute));
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
