package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.runtime.codegen.Calls;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Call;

/** {@link Calls#future}: the async way through a {@link ClientBuilder}'s stack fails as {@code execute()} does. */
class ClientBuilderAsyncTest {
  @RegisterExtension
  final ServedItemsApi served = new ServedItemsApi("/", builder -> builder, RequestRule.NONE);
  private final MockWebServer server = served.server;
  private final ItemsApi api = served.api;

  @Test
  void futureCompletesWithTheDecodedBody() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"name\":\"spoon\"}"));

    assertEquals("spoon", Calls.future(api.get("7")).get(5, TimeUnit.SECONDS).name);
  }

  @Test
  void errorAnswerFailsTheFutureWithTheTypedException() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":\"NOTFOUND\"}"));

    ApiHttpException e = failure(ApiHttpException.class, Calls.future(api.get("7")));

    assertEquals(ApiHttpException.NotFoundException.class, e.getClass());
    assertEquals("NOTFOUND", e.errorCode());
    assertEquals("{\"error\":\"NOTFOUND\"}", e.rawBody());
  }

  @Test
  void noContentWhereABodyIsPromisedFailsTheFutureWithADecodeFailure() {
    server.enqueue(new MockResponse().setResponseCode(204));

    ApiDecodeException e = failure(ApiDecodeException.class, Calls.future(api.get("7")));

    assertEquals("Expected a JSON Item but the answer was HTTP 204 without a body (GET /items/7)", e.getMessage());
  }

  @Test
  void undecodableBodyFailsTheFutureWithTheDecodeFailureItself() {
    server.enqueue(new MockResponse().setBody("{\"name\":"));

    ApiDecodeException e = failure(ApiDecodeException.class, Calls.future(api.get("7")));

    assertEquals("{\"name\":", e.rawBody());
  }

  @Test
  void connectionFailureFailsTheFutureWithAConnectionException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    ApiConnectionException e =
        failure(ApiConnectionException.class, Calls.future(api.create(ItemsApi.Item.named("spoon"))));

    assertTrue(e.getMessage().startsWith("POST /items failed: "), e.getMessage());
    assertFalse(e.getCause() instanceof ApiException);
  }

  @Test
  void cancellingTheFutureCancelsTheCall() {
    // No answer, without holding a server thread (a headers delay would keep shutdown() waiting).
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    Call<ItemsApi.Item> call = api.get("7");
    CompletableFuture<ItemsApi.Item> future = Calls.future(call);

    assertTrue(future.cancel(true));

    assertTrue(call.isCanceled());
    assertTrue(future.isCancelled());
  }

  @Test
  void completedFutureIsNotCancelled() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"name\":\"spoon\"}"));
    CompletableFuture<ItemsApi.Item> future = Calls.future(api.get("7"));
    future.get(5, TimeUnit.SECONDS);

    assertFalse(future.cancel(true));
    assertFalse(future.isCancelled());
  }

  private static <E extends Throwable> E failure(Class<E> type, CompletableFuture<?> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    return assertInstanceOf(type, e.getCause());
  }
}
