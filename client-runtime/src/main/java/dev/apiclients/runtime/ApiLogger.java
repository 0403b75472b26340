package dev.apiclients.runtime;

/**
 * Receives the client's HTTP log lines. Credentials and secret body fields are already replaced
 * by {@code ***} when a line gets here.
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
    /** Request line, response status and duration. */
    BASIC,
    /** BASIC plus headers. */
    HEADERS,
    /** HEADERS plus text bodies (up to 64 KiB each). */
    BODY
  }
}
