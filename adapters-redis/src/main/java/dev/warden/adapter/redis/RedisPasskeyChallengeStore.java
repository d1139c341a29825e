package dev.warden.adapter.redis;

import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.domain.passkey.PasskeyChallenge;
import dev.warden.domain.user.UserId;
import io.lettuce.core.SetArgs;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * WebAuthn challenges under {@code <prefix>passkey-challenge:<key>}, expiring by themselves; GETDEL makes a challenge
 * work once even when two requests race, on any instance.
 */
public final class RedisPasskeyChallengeStore implements PasskeyChallengeStore {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final RedisConnector redis;
    private final String prefix;

    public RedisPasskeyChallengeStore(RedisConnector redis, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix + "passkey-challenge:";
    }

    @Override
    public void add(PasskeyChallenge challenge) {
        var value = String.join("\n", challenge.purpose().name(),
                challenge.userId().map(UserId::toString).orElse(""), ENCODER.encodeToString(challenge.challenge()),
                Long.toString(challenge.expiresAt().toEpochMilli()));
        var ttl = Math.max(1, challenge.expiresAt().toEpochMilli() - Instant.now().toEpochMilli());
        redis.call(commands -> commands.set(prefix + challenge.key(), value, SetArgs.Builder.px(ttl)));
    }

    @Override
    public Optional<PasskeyChallenge> take(String key, Instant now) {
        var value = redis.call(commands -> commands.getdel(prefix + key));
        if (value == null) {
            return Optional.empty();
        }
        var parts = value.split("\n", -1);
        var challenge = new PasskeyChallenge(key, PasskeyChallenge.Purpose.valueOf(parts[0]),
                parts[1].isEmpty() ? Optional.empty() : Optional.of(UserId.parse(parts[1])), DECODER.decode(parts[2]),
                Instant.ofEpochMilli(Long.parseLong(parts[3])));
        return Optional.of(challenge).filter(taken -> taken.usableAt(now));
    }
}
