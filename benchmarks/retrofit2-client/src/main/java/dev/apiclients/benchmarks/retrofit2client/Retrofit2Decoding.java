package dev.apiclients.benchmarks.retrofit2client;

import dev.apiclients.benchmarks.retrofit2gson.ApiClient;
import java.io.IOException;
import java.lang.annotation.Annotation;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;

/**
 * The retrofit2 client's response decoding, on its own: the converter its {@code ApiClient}
 * installs in Retrofit (gson with the generated {@code JSON}'s adapters), applied to a body as
 * Retrofit applies it.
 */
public final class Retrofit2Decoding<T> {
  private static final MediaType JSON = MediaType.get("application/json");

  private final Converter<ResponseBody, T> converter;

  public Retrofit2Decoding(Class<T> type) {
    this.converter = new ApiClient().getAdapterBuilder().build().responseBodyConverter(type, new Annotation[0]);
  }

  public T decode(byte[] body) throws IOException {
    return converter.convert(ResponseBody.create(JSON, body));
  }
}
