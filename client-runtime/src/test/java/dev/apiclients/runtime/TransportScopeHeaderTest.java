package dev.apiclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.apiclients.runtime.codegen.Calls;
import dev.apiclients.runtime.codegen.ScopedOperation;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Transport#withScopeHeader}: the header goes on the methods marked {@link ScopedOperation}
 * and on no other request of the view, the way a spec declares it on some operations only.
 */
class TransportScopeHeaderTest {
  private static final String HEADER = "X-Cyclr-Account";

  @RegisterExtension
  final ServedItemsApi served = new ServedItemsApi("/v1/", builder -> builder
      .retryPolicy(RetryPolicy.builder().maxRetries(1).initialBackoffMillis(1).build()), RequestRule.NONE);
  private final MockWebServer server = served.server;
  private final ItemsApi scoped = served.transport.withScopeHeader(HEADER, "acc-1").create(ItemsApi.class);

  @Test
  void scopedMethodSendsTheHeaderAndTheViewsOtherMethodsDoNot() throws Exception {
    server.enqueue(item("one"));
    server.enqueue(item("two"));
    server.enqueue(new MockResponse().setBody("[]"));

    scoped.usage("7").execute();
    scoped.get("7").execute();
    scoped.list("q").execute();

    assertHeader("GET /v1/items/7/usage", "acc-1");
    assertHeader("GET /v1/items/7", null);
    assertHeader("GET /v1/items?q=q", null);
  }

  @Test
  void asynchronousCallsFollowTheMarkToo() throws Exception {
    server.enqueue(item("one"));
    server.enqueue(item("two"));

    Calls.future(scoped.usage("7")).get(5, TimeUnit.SECONDS);
    Calls.future(scoped.get("7")).get(5, TimeUnit.SECONDS);

    assertHeader("GET /v1/items/7/usage", "acc-1");
    assertHeader("GET /v1/items/7", null);
  }

  @Test
  void retryOfAScopedCallSendsTheHeaderAgain() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(item("one"));

    assertEquals("one", scoped.usage("7").execute().body().name);

    assertHeader("GET /v1/items/7/usage", "acc-1");
    assertHeader("GET /v1/items/7/usage", "acc-1");
  }

  @Test
  void theOriginalTransportNeverSendsIt() throws Exception {
    server.enqueue(item("one"));

    served.api.usage("7").execute();

    assertHeader("GET /v1/items/7/usage", null);
  }

  private static MockResponse item(String name) {
    return new MockResponse().setBody("{\"name\":\"" + name + "\"}");
  }

  private void assertHeader(String requestLine, String expected) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(requestLine + " HTTP/1.1", request.getRequestLine());
    assertEquals(expected, request.getHeader(HEADER), requestLine);
  }
}
