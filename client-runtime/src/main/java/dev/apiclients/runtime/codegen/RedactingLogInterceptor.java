package dev.apiclients.runtime.codegen;

import dev.apiclients.runtime.ApiLogger;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Logs each exchange as it goes on the wire, with credentials replaced by {@code ***}: secret
 * headers by name, secret JSON properties and form fields by name, whatever their case.
 */
public final class RedactingLogInterceptor implements Interceptor {
  private static final long MAX_BODY_BYTES = 64 * 1024;

  private final ApiLogger logger;
  private final ApiLogger.Level level;
  private final Secrets secrets;

  public RedactingLogInterceptor(ApiLogger logger, ApiLogger.Level level, Secrets secrets) {
    this.logger = logger;
    this.level = level;
    this.secrets = secrets;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == ApiLogger.Level.NONE) {
      return chain.proceed(request);
    }
    logger.log("--> " + request.method() + " " + request.url());
    if (level.compareTo(ApiLogger.Level.HEADERS) >= 0) {
      logHeaders(request.headers());
      RequestBody body = request.body();
      if (body != null && level == ApiLogger.Level.BODY && isText(body.contentType())) {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        logger.log(secrets.redactBody(buffer.readUtf8(Math.min(buffer.size(), MAX_BODY_BYTES))));
      }
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log("<-- FAILED " + request.method() + " " + request.url() + ": " + e);
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    logger.log("<-- " + response.code() + " " + request.method() + " " + request.url() + " (" + millis + " ms)");
    if (level.compareTo(ApiLogger.Level.HEADERS) >= 0) {
      logHeaders(response.headers());
      if (level == ApiLogger.Level.BODY && response.body() != null && isText(response.body().contentType())) {
        logger.log(secrets.redactBody(response.peekBody(MAX_BODY_BYTES).string()));
      }
    }
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      logger.log(name + ": " + (secrets.isSecretHeader(name) ? "***" : headers.value(i)));
    }
  }

  private static boolean isText(MediaType type) {
    return type != null
        && (type.type().equals("text") || type.subtype().contains("json") || type.subtype().contains("form"));
  }

  /** The header and body-field names whose values never reach a log line. */
  public static final class Secrets {
    private final Set<String> headers;
    private final Pattern jsonField;
    private final Pattern formField;

    /**
     * @param headers header names, any case
     * @param fields JSON property / form field names, any case
     */
    public Secrets(Set<String> headers, Set<String> fields) {
      this.headers = new java.util.HashSet<>();
      for (String header : headers) {
        this.headers.add(header.toLowerCase(Locale.ROOT));
      }
      StringBuilder names = new StringBuilder();
      for (String field : fields) {
        names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(field));
      }
      this.jsonField = Pattern.compile(
          "(\"(?:" + names + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)", Pattern.CASE_INSENSITIVE);
      this.formField = Pattern.compile("((?:^|&)(?:" + names + ")=)[^&]*", Pattern.CASE_INSENSITIVE);
    }

    public boolean isSecretHeader(String name) {
      return headers.contains(name.toLowerCase(Locale.ROOT));
    }

    public String redactBody(String body) {
      String json = jsonField.matcher(body).replaceAll("$1\"***\"");
      return formField.matcher(json).replaceAll("$1***");
    }
  }
}
