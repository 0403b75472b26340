package dev.apiclients.benchmarks;

import dev.apiclients.runtime.RequestRule;
import dev.apiclients.runtime.codegen.BodyRedaction;
import dev.apiclients.runtime.codegen.CheckedConverterFactory;
import dev.apiclients.runtime.codegen.WireAdapters;
import java.io.IOException;
import java.lang.annotation.Annotation;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Our client's response decoding, on its own: the converter {@code ClientBuilder} installs
 * (checked Moshi conversion, required-field check), applied to a body as Retrofit applies it.
 */
final class OursDecoding<T> {
  private static final MediaType JSON = MediaType.get("application/json");

  private final Converter<ResponseBody, T> converter;

  @SuppressWarnings("unchecked")
  OursDecoding(Class<T> type) {
    Retrofit retrofit = new Retrofit.Builder().baseUrl("http://localhost/").build();
    this.converter = (Converter<ResponseBody, T>)
        new CheckedConverterFactory(MoshiConverterFactory.create(WireAdapters.moshi()), RequestRule.NONE,
            new BodyRedaction(BodyRedaction.OAUTH_FIELDS))
            .responseBodyConverter(type, new Annotation[0], retrofit);
  }

  T decode(byte[] body) throws IOException {
    return converter.convert(ResponseBody.create(JSON, body));
  }
}
