package dev.apiclients.contract;

import dev.apiclients.runtime.ApiException;
import java.lang.reflect.Type;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import retrofit2.Response;

/**
 * A recorded answer played back through the generated client: MockWebServer serves the recording,
 * the client makes the recording's operation, and this keeps what came out (the decoded body or the
 * exception) and the request the client sent.
 *
 * @param path the request path as sent, without the query
 * @param body the decoded body; null for an answer without one, or when the call failed
 * @param bodyType what the operation decodes to ({@code Call<T>}'s T)
 * @param failure the exception the call threw, or null
 */
record Replay(String method, String path, Object body, Type bodyType, ApiException failure) {

  static Replay of(Recording recording) throws Exception {
    MockResponse answer = new MockResponse().setResponseCode(recording.status());
    recording.headers().forEach(answer::setHeader);
    if (recording.body() != null) {
      answer.setBody(recording.body());
    }
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(answer);
      server.start();
      String url = server.url("/").newBuilder().host("127.0.0.1").build().toString();
      try (SampleCalls calls = SampleCalls.of(recording.api(), url)) {
        Object body = null;
        ApiException failure = null;
        try {
          Response<?> response = calls.call(recording.operationId()).execute();
          body = response.body();
        } catch (ApiException e) {
          failure = e;
        }
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
          throw new AssertionError(recording + ": the client sent no request", failure);
        }
        return new Replay(request.getMethod(), request.getRequestUrl().encodedPath(), body,
            calls.responseType(recording.operationId()), failure);
      }
    }
  }
}
