package dev.apiclients.runtime;

import dev.apiclients.runtime.codegen.BodyRedaction;
import dev.apiclients.runtime.codegen.CheckedConverterFactory;
import dev.apiclients.runtime.codegen.SecureUrls;
import dev.apiclients.runtime.codegen.WireAdapters;
import dev.apiclients.runtime.internal.ErrorMappingCallAdapterFactory;
import dev.apiclients.runtime.internal.InflateBeforeLogging;
import dev.apiclients.runtime.internal.RedactingLogger;
import dev.apiclients.runtime.internal.ResponseBodyLimit;
import dev.apiclients.runtime.internal.RetryAfterGuard;
import dev.apiclients.runtime.internal.RetryTimer;
import dev.apiclients.runtime.internal.UserAgent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The settings every generated client shares: base URL, timeouts, an optional caller-supplied
 * {@link OkHttpClient}, the {@link RetryPolicy}, the response-body limit, a redacting logger and the
 * application named in {@code User-Agent}. Each client's own builder extends this one with its
 * credentials.
 *
 * @param <B> the concrete builder, so that chained calls keep its type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /** Header names that are credentials in at least one of the APIs. */
  /**
   * The default bound on a whole call, attempts and waits included (openai-java's too): long enough
   * for any real answer, short enough that a server dripping one byte at a time cannot hold a call,
   * and its thread, forever.
   */
  public static final long DEFAULT_CALL_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(10);

  private static final Set<String> SECRET_HEADERS = new LinkedHashSet<>(Arrays.asList(
      "Authorization", "Proxy-Authorization", "API-TOKEN", "Cookie", "Set-Cookie"));
  /**
   * 32 MiB: eight times the largest answer measured (a list of 5,000 Cyclis orders is 3.9 MB), and
   * small enough that a client survives a hostile body in a modest heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

  private final Set<String> secretBodyFields;
  private HttpUrl baseUrl;
  private Long connectTimeoutMillis;
  private Long readTimeoutMillis;
  private Long writeTimeoutMillis;
  private Long callTimeoutMillis;
  private OkHttpClient okHttpClient;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private RetryTimer retryTimer = RetryTimer.SYSTEM;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private ApiLogger logger;
  private ApiLogger.Level logLevel = ApiLogger.Level.NONE;
  private final String artifactId;
  private String appName;
  private String appVersion;

  /**
   * Creates a builder for the client published as {@code artifactId}, whose jar (the one holding
   * the subclass) carries {@code META-INF/apiclients/<artifactId>.properties}.
   *
   * @param defaultBaseUrl the spec's server
   * @param artifactId the client's Maven artifactId; it opens the default {@code User-Agent}
   * @param secretBodyFields the JSON properties the client's spec marks as secrets (the generated
   *     {@code SecretFields.NAMES}); logs and the raw bodies of exceptions mask them, and the {@link
   *     BodyRedaction#OAUTH_FIELDS}
   */
  protected ClientBuilder(String defaultBaseUrl, String artifactId, Set<String> secretBodyFields) {
    this.baseUrl = checkBaseUrl(defaultBaseUrl);
    this.artifactId = artifactId;
    Set<String> fields = new LinkedHashSet<>(secretBodyFields);
    fields.addAll(BodyRedaction.OAUTH_FIELDS);
    this.secretBodyFields = fields;
  }

  protected abstract B self();

  /**
   * Sets the server the client talks to. It must be HTTPS, except on loopback ({@code localhost},
   * {@code 127.0.0.1}, {@code ::1}) for tests and local proxies.
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = checkBaseUrl(baseUrl);
    return self();
  }

  /** Connect timeout; default 10 s (or the caller's {@link OkHttpClient}'s). */
  public B connectTimeout(long timeout, TimeUnit unit) {
    this.connectTimeoutMillis = unit.toMillis(timeout);
    return self();
  }

  /** Read timeout per socket read; default 30 s (or the caller's {@link OkHttpClient}'s). */
  public B readTimeout(long timeout, TimeUnit unit) {
    this.readTimeoutMillis = unit.toMillis(timeout);
    return self();
  }

  /** Write timeout per socket write; default 30 s (or the caller's {@link OkHttpClient}'s). */
  public B writeTimeout(long timeout, TimeUnit unit) {
    this.writeTimeoutMillis = unit.toMillis(timeout);
    return self();
  }

  /**
   * Bound on a whole call, every attempt and every wait between them included; default 10 minutes
   * ({@link #DEFAULT_CALL_TIMEOUT_MILLIS}), or the caller's {@link OkHttpClient}'s call timeout when
   * it sets one. A retry whose wait would pass the bound is not made: the call fails at once with an
   * {@code ApiConnectionException} that says so. {@code 0} lifts the bound.
   */
  public B callTimeout(long timeout, TimeUnit unit) {
    long millis = unit.toMillis(timeout);
    if (timeout < 0 || millis > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "callTimeout must be between 0 and " + Integer.MAX_VALUE + " ms but was " + timeout + " " + unit);
    }
    // Less than a millisecond is a bound too, not "none" (0) as a plain conversion would make it.
    this.callTimeoutMillis = timeout > 0 && millis == 0 ? 1 : millis;
    return self();
  }

  /**
   * Uses the caller's client (connection pool, dispatcher, proxies, certificate pinning). The client
   * is not modified: a derived one adds our interceptors, and {@code close()} leaves its pool alone.
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    if (okHttpClient == null) {
      throw new NullPointerException("okHttpClient == null");
    }
    this.okHttpClient = okHttpClient;
    return self();
  }

  /** When idempotent requests are retried; default {@link RetryPolicy#DEFAULT}. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    if (retryPolicy == null) {
      throw new NullPointerException("retryPolicy == null");
    }
    this.retryPolicy = retryPolicy;
    return self();
  }

  /** Replaces the clock and waits of retries; for tests, which must not sleep. */
  B retryTimer(RetryTimer timer) {
    this.retryTimer = timer;
    return self();
  }

  /**
   * Bounds every response body, counted as the reader gets it (after gzip is inflated) and while it
   * is read; default {@link #DEFAULT_MAX_RESPONSE_BYTES} (32 MiB). A 2xx body over the limit fails
   * the call with an {@link ApiDecodeException} that names it; of an error body at most 64 KiB (or
   * the limit, if smaller) is kept for {@link ApiHttpException#rawBody()}, marked with {@link
   * ApiHttpException#CUT_MARKER} when cut, and the error keeps its typed status. Token answers
   * (Cyclr) are bounded alike.
   *
   * <pre>{@code
   * CyclisClient.builder().apiToken(token).maxResponseBytes(128L << 20).build(); // 128 MiB
   * }</pre>
   *
   * @param maxBytes the most bytes a body may have, at least 1
   * @return this builder
   * @throws IllegalArgumentException if {@code maxBytes} is below 1
   */
  public B maxResponseBytes(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1: " + maxBytes);
    }
    this.maxResponseBytes = maxBytes;
    return self();
  }

  /** Sends HTTP log lines, credentials masked, to {@code logger}; default no logging. */
  public B logger(ApiLogger logger, ApiLogger.Level level) {
    if (logger == null || level == null) {
      throw new NullPointerException("logger == null || level == null");
    }
    this.logger = logger;
    this.logLevel = level;
    return self();
  }

  /**
   * Names the application in every request's {@code User-Agent}, after the client's own part:
   * {@code cyclis-generated/1.2.0 (Cyclis Integrator API 1.4.0) okhttp/3.14.9 java/17.0.9 MyApp/2.1}.
   * A {@code User-Agent} a request already carries (set by an interceptor of your own {@link
   * #okHttpClient}) is left as it is.
   *
   * <pre>{@code
   * CyclisClient.builder().apiToken(token).appInfo("MyApp", "2.1").build();
   * }</pre>
   *
   * @param name the application's name: an HTTP token (letters, digits and {@code !#$%&'*+-.^_`|~})
   * @param version its version, likewise
   * @return this builder
   * @throws IllegalArgumentException naming the argument that is null, empty or not a token
   */
  public B appInfo(String name, String version) {
    UserAgent.withApp("", name, version); // Validates both now, not at the first request.
    this.appName = name;
    this.appVersion = version;
    return self();
  }

  protected final HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * Builds the HTTP stack of a client: OkHttp with retries, the client's authentication and
   * redacting logs, then Retrofit with checked Moshi conversion and typed errors.
   *
   * @param auth application interceptors that add credentials, innermost last
   * @param errors reads the provider's error bodies
   */
  protected final Transport buildTransport(List<Interceptor> auth, ProviderError.Parser errors) {
    return buildTransport(auth, errors, RequestRule.NONE);
  }

  /**
   * Like {@link #buildTransport(List, ProviderError.Parser)}, with a client-specific check of
   * request bodies that runs before anything is sent.
   */
  protected final Transport buildTransport(
      List<Interceptor> auth, ProviderError.Parser errors, RequestRule requestRule) {
    boolean ownsClient = okHttpClient == null;
    OkHttpClient.Builder http = ownsClient
        ? new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .writeTimeout(30, TimeUnit.SECONDS)
        : okHttpClient.newBuilder();
    if (connectTimeoutMillis != null) {
      http.connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    if (readTimeoutMillis != null) {
      http.readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    if (writeTimeoutMillis != null) {
      http.writeTimeout(writeTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    long callTimeout = callTimeoutMillis != null ? callTimeoutMillis
        : !ownsClient && okHttpClient.callTimeoutMillis() > 0 ? okHttpClient.callTimeoutMillis()
        : DEFAULT_CALL_TIMEOUT_MILLIS;
    // OkHttp bounds each attempt with it (the retry layer gives a retry what is left of it); the
    // token requests of a derived client are bounded by it too.
    http.callTimeout(callTimeout, TimeUnit.MILLISECONDS);
    // OkHttp would silently resend a POST after some connection failures; the retry layer decides
    // instead. Redirects are not followed: credentials must never go to another host.
    http.retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false);
    String userAgent = UserAgent.forClient(getClass(), artifactId);
    if (appName != null) {
      userAgent = UserAgent.withApp(userAgent, appName, appVersion);
    }
    http.addInterceptor(UserAgent.interceptor(userAgent));
    http.addInterceptor(RetryAfterGuard.application());
    http.addNetworkInterceptor(RetryAfterGuard.network());
    // Outside the credentials, so that a client derived from this one without them (Cyclr's token
    // client) keeps the limit; inside the retry layer, which sees only what it lets through.
    http.addInterceptor(new ResponseBodyLimit(maxResponseBytes));
    for (Interceptor interceptor : auth) {
      http.addInterceptor(interceptor);
    }
    BodyRedaction redaction = new BodyRedaction(secretBodyFields);
    if (logger != null && logLevel != ApiLogger.Level.NONE) {
      http.addNetworkInterceptor(loggingInterceptor(redaction));
      if (logLevel == ApiLogger.Level.BODY) {
        // Below the logger, which reads and inflates whole bodies: what it reads is bounded too.
        http.addNetworkInterceptor(new ResponseBodyLimit(maxResponseBytes));
        http.addNetworkInterceptor(new InflateBeforeLogging());
      }
    }
    OkHttpClient client = http.build();
    ErrorMappingCallAdapterFactory retryLayer =
        new ErrorMappingCallAdapterFactory(errors, redaction, retryPolicy, retryTimer);
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addConverterFactory(
            new CheckedConverterFactory(MoshiConverterFactory.create(WireAdapters.moshi()), requestRule, redaction))
        .addCallAdapterFactory(
            retryLayer)
        .build();
    return new Transport(retrofit, client, ownsClient, retryLayer);
  }

  /** OkHttp's logging, with secret headers and secret body fields masked. */
  private HttpLoggingInterceptor loggingInterceptor(BodyRedaction redaction) {
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(RedactingLogger.to(logger, redaction));
    for (String header : SECRET_HEADERS) {
      logging.redactHeader(header);
    }
    return logging.setLevel(HttpLoggingInterceptor.Level.valueOf(logLevel.name()));
  }

  static HttpUrl checkBaseUrl(String url) {
    HttpUrl parsed = requireHttpsOrLoopback("base URL", url);
    if (!parsed.encodedPath().endsWith("/")) {
      parsed = parsed.newBuilder().addPathSegment("").build();
    }
    return parsed;
  }

  /**
   * Parses a URL that credentials travel to (a base URL, an OAuth token endpoint): it must be HTTPS,
   * except on loopback ({@code localhost}, an IPv4 {@code 127.x.y.z} literal, {@code ::1}).
   *
   * @param what how the error message names the URL, e.g. "token URL"
   */
  protected static HttpUrl requireHttpsOrLoopback(String what, String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("Not an http(s) URL: " + url);
    }
    if (!SecureUrls.isHttpsOrLoopback(parsed)) {
      throw new IllegalArgumentException(
          "The " + what + " must use https (http is allowed only on loopback): " + parsed);
    }
    return parsed;
  }
}
