package dev.apiclients.runtime;

/**
 * Receives the client's HTTP log lines, written by OkHttp's {@code HttpLoggingInterceptor}. Secret
 * headers ({@code Authorization}, {@code API-TOKEN}, cookies) arrive as {@code ██}, and the values of
 * secret body fields (the spec's {@code format: password} properties and the OAuth credentials) as
 * {@code ***}.
 *
 * <pre>{@code
 * CyclisClient.builder().logger(line -> log.debug(line), ApiLogger.Level.HEADERS)
 * }</pre>
 */
public interface ApiLogger {
  void log(String line);

  /** How much of each exchange is logged. */
  enum Level {
    /** Nothing. */
    NONE,
    /** Request line, response status and duration; one line each way. */
    BASIC,
    /** BASIC plus headers. */
    HEADERS,
    /** HEADERS plus text bodies (each cut after 64 Ki characters). */
    BODY
  }
}
