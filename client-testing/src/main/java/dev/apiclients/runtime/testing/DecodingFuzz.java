package dev.apiclients.runtime.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.apiclients.runtime.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * The two fuzz targets every client runs: arbitrary bytes, and arbitrary but valid JSON, answered
 * with an arbitrary status to an arbitrary operation. The only allowed outcomes are a decoded value
 * or a documented {@link ApiException}; anything else (an NPE, a bare JsonDataException, a
 * DateTimeParseException, an untyped IOException) fails the run and becomes a finding.
 */
public final class DecodingFuzz {
  private static final int[] STATUSES = {200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 503};

  private final CannedResponses server;
  private final List<Supplier<Call<?>>> operations;
  private final List<String> propertyNames;

  /**
   * @param server the canned answers the client under test is wired to
   * @param operations one call per operation of the client
   * @param propertyNames the API's JSON property names, so generated JSON reaches typed fields
   */
  public DecodingFuzz(CannedResponses server, List<Supplier<Call<?>>> operations, List<String> propertyNames) {
    this.server = server;
    this.operations = operations;
    this.propertyNames = propertyNames;
  }

  public void anyBytes(FuzzedDataProvider data) {
    Supplier<Call<?>> operation = data.pickValue(operations);
    server.answer(data.pickValue(STATUSES), data.consumeRemainingAsBytes());
    decode(operation);
  }

  public void anyValidJson(FuzzedDataProvider data) {
    Supplier<Call<?>> operation = data.pickValue(operations);
    int status = data.pickValue(STATUSES);
    String json = new FuzzedJson(data, propertyNames).document();
    server.answer(status, json.getBytes(StandardCharsets.UTF_8));
    decode(operation);
  }

  private static void decode(Supplier<Call<?>> operation) {
    try {
      operation.get().execute();
    } catch (ApiException documented) {
      // A typed failure is an allowed outcome.
    } catch (IOException e) {
      fail("An I/O failure escaped untyped: " + e, e);
    }
  }
}
