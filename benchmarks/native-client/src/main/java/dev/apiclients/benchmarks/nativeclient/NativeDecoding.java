package dev.apiclients.benchmarks.nativeclient;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apiclients.benchmarks.nativehttp.ApiClient;
import java.io.IOException;

/**
 * The native client's response decoding, on its own, as its generated {@code OrdersApi} does it:
 * the body read into a string (in the platform charset, as the generated code does), then the
 * {@code ObjectMapper} its {@code ApiClient} makes reads the string.
 */
public final class NativeDecoding<T> {
  private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
  private final Class<T> type;

  public NativeDecoding(Class<T> type) {
    this.type = type;
  }

  public T decode(byte[] body) throws IOException {
    String responseBody = new String(body);
    return responseBody.isBlank() ? null : mapper.readValue(responseBody, type);
  }
}
