package dev.apiclients.samples;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import dev.apiclients.runtime.ApiHttpException;
import dev.apiclients.runtime.RetryPolicy;
import java.time.Duration;
import java.util.UUID;

/**
 * Reads an order with a retry policy of its own, and tells the failures apart.
 *
 * <pre>{@code
 * CYCLIS_API_TOKEN=... java dev.apiclients.samples.ErrorHandlingWithRetries <order uuid>
 * }</pre>
 */
public final class ErrorHandlingWithRetries {
  private ErrorHandlingWithRetries() {
  }

  public static void main(String[] args) {
    System.out.println(run(CyclisClient.DEFAULT_BASE_URL, System.getenv("CYCLIS_API_TOKEN"), UUID.fromString(args[0])));
  }

  /** Returns the order's state, or a sentence saying why there is none. */
  static String run(String baseUrl, String apiToken, UUID orderId) {
    // [START readme]
    // Retry a GET up to three times after a connection failure, a 429, 502, 503 or 504, waiting at
    // most 5 s for a Retry-After; POST and PATCH are never retried.
    RetryPolicy retries = RetryPolicy.builder().maxRetries(3).maxRetryAfterMillis(5_000).build();
    try (CyclisClient cyclis = CyclisClient.builder().baseUrl(baseUrl).apiToken(apiToken).retryPolicy(retries).build()) {
      // Read the order; the retries happen inside this call.
      OrderDocument order = cyclis.orders().getOrder(orderId);
      return "state " + order.getData().getAttributes().getState().value();
    } catch (ApiHttpException.NotFoundException e) {
      // A 404: no such order, or the API key cannot see it.
      return "no order " + orderId;
    } catch (ApiHttpException.RateLimitedException e) {
      // Still 429 after the retries, or a Retry-After longer than the policy allows: the exception
      // keeps the answer's headers, and retryAfter() reads the wait the server asked for (or null).
      Duration wait = e.retryAfter();
      return wait == null ? "rate limited, try later" : "rate limited, try again in " + wait.getSeconds() + " s";
    } catch (ApiHttpException e) {
      // Any other non-2xx answer: the status and Cyclis' own error code and message.
      return "HTTP " + e.statusCode() + " " + e.errorCode() + ": " + e.errorMessage();
    } catch (ApiConnectionException e) {
      // No complete answer after the retries: refused, reset, timed out.
      return "connection failed: " + e.getCause();
    } catch (ApiException e) {
      // The rest: a 2xx whose body is not the order the spec describes (an ApiDecodeException).
      return "unreadable answer: " + e.getMessage();
    }
    // [END readme]
  }
}
