package dev.apiclients.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import okhttp3.Interceptor;

/** The smallest client builder, for tests of what {@link ClientBuilder} itself sets up. */
final class TestClientBuilder extends ClientBuilder<TestClientBuilder> {
  TestClientBuilder(String baseUrl, Set<String> secretFields) {
    super(baseUrl, "client-runtime-test", secretFields);
  }

  @Override
  protected TestClientBuilder self() {
    return this;
  }

  Transport buildTransport() {
    return buildTransport(Collections.emptyList(), body -> ProviderError.NONE);
  }

  Transport buildTransport(List<Interceptor> auth) {
    return buildTransport(auth, body -> ProviderError.NONE);
  }

  Transport buildTransport(ProviderError.Parser errors, RequestRule requestRule) {
    return buildTransport(Collections.emptyList(), errors, requestRule);
  }
}
