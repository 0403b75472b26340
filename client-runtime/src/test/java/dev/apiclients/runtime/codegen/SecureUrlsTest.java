package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecureUrlsTest {
  @ParameterizedTest
  @ValueSource(strings = {"https://hooks.example.com/s3cret", "HTTPS://hooks.example.com:8443/s3cret",
      "http://localhost/s3cret", "http://LOCALHOST:8080/s3cret", "http://127.0.0.1/s3cret",
      "http://127.255.0.9:8080/s3cret", "http://[::1]:8080/s3cret"})
  void httpsOrLoopbackIsAccepted(String url) {
    assertTrue(SecureUrls.isHttpsOrLoopback(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://hooks.example.com/s3cret", "http://127.example.com/s3cret",
      "http://127.0.0.1.example.com/s3cret", "http://localhost@hooks.example.com/s3cret",
      "http://[::2]/s3cret", "ftp://hooks.example.com/s3cret", "/s3cret", "https:/s3cret", "mailto:a@example.com"})
  void plainHttpElsewhereOtherSchemesAndRelativeUrlsAreRefused(String url) {
    assertFalse(SecureUrls.isHttpsOrLoopback(URI.create(url)));
  }

  @Test
  void nullIsRefused() {
    assertFalse(SecureUrls.isHttpsOrLoopback((URI) null));
  }
}
