package dev.apiclients.samples;

import dev.apiclients.cyclis.CyclisCallbacks;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.runtime.ApiException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes the receiver ({@link ReceiveCallbacks}) the URL Cyclis calls when an order or a company's
 * access changes, with a new secret in the URL. The secret goes to a file only its owner can read,
 * never to the output: give it to the receiver as {@code CYCLIS_CALLBACK_SECRET}.
 *
 * <pre>{@code
 * CYCLIS_API_TOKEN=... java dev.apiclients.samples.RegisterCallbackUrl \
 *     https://hooks.example.com/cyclis/callbacks/ /etc/cyclis/callback-secret
 * }</pre>
 *
 * <p>Running it again is safe: it clears the active URL first, and a new secret replaces the old.
 */
public final class RegisterCallbackUrl {
  private RegisterCallbackUrl() {
  }

  public static void main(String[] args) throws ApiException, IOException {
    run(CyclisClient.DEFAULT_BASE_URL, System.getenv("CYCLIS_API_TOKEN"), args[0], Paths.get(args[1]));
  }

  /** Registers {@code receiverUrl} followed by a new secret, which goes to {@code secretFile}. */
  static void run(String baseUrl, String apiToken, String receiverUrl, Path secretFile)
      throws ApiException, IOException {
    String receiver = receiverUrl.endsWith("/") ? receiverUrl : receiverUrl + "/";
    try (CyclisClient cyclis = CyclisClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
      // [START readme]
      // Cyclis documents no signature: a secret only Cyclis and the receiver know, in the URL, authenticates callbacks.
      String secret = CyclisCallbacks.newSecret();
      writeOwnerOnly(secretFile, secret); // before registering, so that a registered secret is never lost
      // Clear the active URL, then register this one with one POST: Cyclis keeps one URL at a time.
      cyclis.callbackUrls().replace(URI.create(receiver + secret));
      // [END readme]
    }
    // The URL carries the secret: say where it went, never what it is.
    System.out.println("Registered " + receiver + "<secret>; the secret is in " + secretFile);
  }

  private static void writeOwnerOnly(Path file, String secret) throws IOException {
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    Files.write(file, secret.getBytes(StandardCharsets.UTF_8));
  }
}
