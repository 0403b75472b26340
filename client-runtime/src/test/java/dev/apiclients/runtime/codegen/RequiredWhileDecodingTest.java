package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Json;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.RequestRule;
import dev.apiclients.runtime.Required;
import java.lang.annotation.Annotation;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Responses are checked for required fields as each object is decoded; the tree is walked only to
 * name the first missing field, so the message is the walk's, in its order.
 */
class RequiredWhileDecodingTest {
  static final class Leaf {
    @Json(name = "id") @Required String id;
    @Json(name = "note") String note;
  }

  /** No required field of its own: only its leaves can be missing something. */
  static final class Branch {
    @Json(name = "leaves") List<Leaf> leaves;
  }

  static final class Root {
    @Json(name = "name") @Required String name;
    @Json(name = "branch") Branch branch;
  }

  private static Object decode(String json) throws Exception {
    Retrofit retrofit = new Retrofit.Builder().baseUrl("http://localhost/").build();
    @SuppressWarnings("unchecked")
    Converter<ResponseBody, Object> converter = (Converter<ResponseBody, Object>)
        new CheckedConverterFactory(MoshiConverterFactory.create(WireAdapters.moshi()), RequestRule.NONE,
            new BodyRedaction(BodyRedaction.OAUTH_FIELDS))
            .responseBodyConverter(Root.class, new Annotation[0], retrofit);
    return converter.convert(ResponseBody.create(MediaType.get("application/json"), json));
  }

  @Test
  void aMissingFieldDeepInAListIsNamedWithItsPath() {
    ApiDecodeException e = assertThrows(ApiDecodeException.class,
        () -> decode("{\"name\":\"r\",\"branch\":{\"leaves\":[{\"id\":\"a\"},{\"note\":\"no id\"}]}}"));

    assertEquals("Could not decode Root: required field 'branch.leaves[1].id' is missing", e.getMessage());
  }

  @Test
  void theFirstMissingFieldInDeclarationOrderIsNamedNotTheFirstDecoded() {
    // The leaf is decoded before the root is complete, but the root's own field comes first.
    ApiDecodeException e = assertThrows(ApiDecodeException.class,
        () -> decode("{\"branch\":{\"leaves\":[{\"note\":\"no id\"}]}}"));

    assertEquals("Could not decode Root: required field 'name' is missing", e.getMessage());
  }

  @Test
  void aCompleteTreeDecodes() throws Exception {
    Root root = (Root) decode("{\"name\":\"r\"}");

    assertEquals("r", root.name);
  }
}
