package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.seed;

import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdate;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclis.model.OrderStatusUpdateRequest;
import dev.apiclients.cyclis.model.OrderType;
import dev.apiclients.runtime.testing.FaultMatrixContract;
import java.util.UUID;

/** The shared fault matrix, with getOrder as the idempotent call and updateOrderStatus as the unsafe one. */
class CyclisFaultMatrixTest extends FaultMatrixContract {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");

  @Override
  protected ClientUnderTest connect(String baseUrl) {
    CyclisClient client = withMatrixSettings(CyclisClient.builder().baseUrl(baseUrl).apiToken(TOKEN)).build();
    OrderStatusUpdateRequest confirm = new OrderStatusUpdateRequest().data(new OrderStatusUpdate()
        .id(ID).type(OrderType.ORDER)
        .attributes(new OrderStatusUpdateAttributes().status(OrderStatusChange.CYCLIST_CONFIRM)));
    return clientUnderTest(
        () -> client.calls().orders().getOrder(ID).execute(),
        () -> client.calls().orders().updateOrderStatus(ID, confirm).execute(),
        seed("order.json"),
        client::close);
  }
}
