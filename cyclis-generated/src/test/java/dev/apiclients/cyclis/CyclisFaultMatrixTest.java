package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.seed;

import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdate;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclis.model.OrderStatusUpdateRequest;
import dev.apiclients.cyclis.model.OrderType;
import dev.apiclients.runtime.testing.FaultMatrixContract;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import retrofit2.Response;

/** The shared fault matrix, with getOrder as the idempotent call and updateOrderStatus as the unsafe one. */
class CyclisFaultMatrixTest extends FaultMatrixContract {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  @Override
  protected ClientUnderTest connect(String baseUrl) {
    CyclisClient client = CyclisClient.builder()
        .baseUrl(baseUrl)
        .apiToken(TOKEN)
        .retryPolicy(POLICY)
        .readTimeout(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .callTimeout(CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .build();
    return new ClientUnderTest() {
      @Override
      public Response<?> idempotentCall() throws IOException {
        return client.calls().orders().getOrder(ID).execute();
      }

      @Override
      public Response<?> unsafeCall() throws IOException {
        return client.calls().orders().updateOrderStatus(ID, new OrderStatusUpdateRequest().data(new OrderStatusUpdate()
            .id(ID).type(OrderType.ORDER)
            .attributes(new OrderStatusUpdateAttributes().status(OrderStatusChange.CYCLIST_CONFIRM)))).execute();
      }

      @Override
      public String validBody() {
        return seed("order.json");
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }
}
