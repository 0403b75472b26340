package dev.apiclients.runtime.codegen;

import dev.apiclients.runtime.ApiConnectionException;
import dev.apiclients.runtime.ApiException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs the {@code Call}s of the generated Retrofit interfaces for the generated services. The
 * calls come from a client whose call adapter already maps every failure to an {@link
 * ApiException}, so both ways of running one share the client's retries, credentials and errors.
 */
public final class Calls {
  private Calls() {
  }

  /**
   * Executes {@code call} on the calling thread and returns the decoded body ({@code null} for an
   * operation that declares none).
   */
  public static <T> T execute(Call<T> call) throws ApiException {
    Response<T> response;
    try {
      response = call.execute();
    } catch (ApiException e) {
      throw e;
    } catch (IOException e) {
      throw new ApiConnectionException(call.request().method() + " " + call.request().url().encodedPath(), e);
    }
    return response.body();
  }

  /**
   * Enqueues {@code call} on the OkHttp client's dispatcher and returns a future of the decoded
   * body. The future completes on an OkHttp dispatcher thread, exceptionally with an {@link
   * ApiException} on failure; cancelling it cancels the HTTP call.
   */
  public static <T> CompletableFuture<T> future(Call<T> call) {
    CompletableFuture<T> future = new CompletableFuture<T>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // Cancel the future before the call: a cancelled call fails on a dispatcher thread at once,
        // and that failure must not complete the future first (cancel() would then return false).
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        call.cancel();
        return cancelled;
      }
    };
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> c, Response<T> response) {
        future.complete(response.body());
      }

      @Override
      public void onFailure(Call<T> c, Throwable t) {
        future.completeExceptionally(t);
      }
    });
    return future;
  }
}
