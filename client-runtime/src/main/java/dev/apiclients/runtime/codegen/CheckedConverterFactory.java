package dev.apiclients.runtime.codegen;

import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.internal.RawBody;
import dev.apiclients.runtime.RequestRule;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Path;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Moshi conversion with the checks a typed client owes its caller: a request body with a missing
 * required field is refused before it is sent, and a response body that does not decode (not JSON,
 * truncated, wrong shape, empty, lacking a required field) becomes an {@link ApiDecodeException}
 * that keeps the raw body, its secret fields masked, never a bare {@code JsonDataException} or a
 * null.
 *
 * <p>Bodies are decoded strictly. Moshi 1.11's strict mode refuses some valid JSON (an integer
 * whose digits wrap past 2^64 to exactly 0, such as {@code 184467440737095516160}, looks to it like
 * one with a leading zero); so when it reports a syntax error, {@link JsonText} checks the bytes in
 * one pass, and valid JSON is decoded again leniently. What is not JSON keeps Moshi's message, and
 * a body that decodes costs no more than before.
 */
public final class CheckedConverterFactory extends Converter.Factory {
  private final MoshiConverterFactory moshi;
  private final RequestRule requestRule;
  private final BodyRedaction redaction;

  /**
   * @param requestRule the client's check of request bodies, {@link RequestRule#NONE} for none
   * @param redaction masks the client's secret fields in the raw bodies decode failures keep
   */
  public CheckedConverterFactory(MoshiConverterFactory moshi, RequestRule requestRule, BodyRedaction redaction) {
    this.moshi = moshi;
    this.requestRule = requestRule;
    this.redaction = redaction;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    @SuppressWarnings("unchecked")
    Converter<Object, RequestBody> delegate = (Converter<Object, RequestBody>)
        moshi.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
    String typeName = simpleName(type);
    return value -> {
      String missing = RequiredFields.firstMissing(value);
      if (missing != null) {
        throw new IllegalArgumentException(
            "Missing required field '" + missing + "' in " + typeName + "; nothing was sent");
      }
      requestRule.check(value);
      return delegate.convert(value);
    };
  }

  /**
   * Path parameters: an empty or blank value would address another resource ({@code
   * accounts//billing}), so it is refused before anything is sent. (Retrofit itself refuses null.)
   */
  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof Path) {
        String name = ((Path) annotation).value();
        return value -> {
          String text = value.toString();
          if (text.trim().isEmpty()) {
            throw new IllegalArgumentException(
                "Path parameter '" + name + "' must not be empty or blank; nothing was sent");
          }
          return text;
        };
      }
    }
    return null;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> delegate = moshi.responseBodyConverter(type, annotations, retrofit);
    Converter<ResponseBody, ?> lenient = moshi.asLenient().responseBodyConverter(type, annotations, retrofit);
    String typeName = simpleName(type);
    return body -> {
      // Read everything first: a failure here is the connection's, and the bytes are kept for errors.
      RawBody raw;
      try {
        raw = RawBody.read(body.source());
      } finally {
        body.close();
      }
      // The content type (OkHttp parses it on every call, with a regular expression) is needed only
      // for the text of an error; Moshi reads the bytes as UTF-8 whatever it says.
      if (raw.isBlank()) {
        throw new ApiDecodeException(
            "Expected a JSON " + typeName + " but the body was empty", kept(raw, body), null);
      }
      Object value;
      try {
        value = JsonText.decodeStrictFirst(raw.bytes(), asLenient -> {
          RequiredFields.startDecoding();
          return (asLenient ? lenient : delegate).convert(ResponseBody.create(null, raw.size(), raw.decodingSource()));
        });
      } catch (IOException | RuntimeException e) {
        throw new ApiDecodeException(
            "Could not decode " + typeName + ": " + e.getMessage(), kept(raw, body), e);
      }
      // Only a decode that saw an object lacking a required field is walked, to name the first one.
      String missing = RequiredFields.missingSeenWhileDecoding() ? RequiredFields.firstMissing(value) : null;
      if (missing != null) {
        throw new ApiDecodeException("Could not decode " + typeName + ": required field '" + missing
            + "' is missing", kept(raw, body), null);
      }
      return value;
    };
  }

  /** The text a decode failure keeps: masked only then, as a body that decodes is kept nowhere. */
  private String kept(RawBody raw, ResponseBody body) {
    return redaction.redact(raw.text(body.contentType()));
  }

  private static String simpleName(Type type) {
    // toString(), not getTypeName(): Android has the latter only from API 28. For a parameterized
    // type both give "java.util.List<...>".
    return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.toString();
  }
}
