package dev.apiclients.cyclis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.apiclients.cyclis.model.Cyclist;
import dev.apiclients.cyclis.model.CyclistCreateAttributes;
import dev.apiclients.cyclis.model.CyclistList;
import dev.apiclients.runtime.testing.ServedClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A model never changes once made, whichever way its lists and maps were set. */
class CyclisModelImmutabilityTest {
  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(server -> CyclisClient.builder()
      .baseUrl(server.url("/").toString())
      .apiToken("token")
      .build());

  @Test
  void aMapPassedToAFluentMethodIsCopied() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("team", "blue");
    CyclistCreateAttributes attributes = new CyclistCreateAttributes().metadata(metadata);

    metadata.put("team", "red");

    assertEquals(Collections.singletonMap("team", "blue"), attributes.getMetadata());
  }

  @Test
  void aListPassedToAFluentMethodIsCopied() {
    List<Cyclist> cyclists = new ArrayList<>();
    CyclistList list = CyclistList.builder().data(Collections.<Cyclist>emptyList()).build().data(cyclists);

    cyclists.add(new Cyclist());

    assertEquals(Collections.emptyList(), list.getData());
  }

  @Test
  void getterOfAListFromAFluentMethodRefusesChanges() {
    CyclistList list = new CyclistList().data(new ArrayList<>());

    assertThrows(UnsupportedOperationException.class, () -> list.getData().add(null));
  }

  @Test
  void getterOfADecodedListRefusesChangesThoughMoshiBuiltItMutable() throws Exception {
    served.server().enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"data\":[]}"));

    CyclistList decoded = served.client().cyclists().listCyclists();

    assertThrows(UnsupportedOperationException.class, () -> decoded.getData().add(null));
  }
}
