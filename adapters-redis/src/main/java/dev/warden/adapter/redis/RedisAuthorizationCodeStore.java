package dev.warden.adapter.redis;

import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.IssuedCode;
import dev.warden.domain.user.UserId;
import io.lettuce.core.SetArgs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Authorization codes under {@code <prefix>oauth-code:<code hash>}, expiring by themselves; GETDEL makes a code work
 * once even when two exchanges race, on any instance.
 */
public final class RedisAuthorizationCodeStore implements AuthorizationCodeStore {
    private final RedisConnector redis;
    private final String prefix;

    public RedisAuthorizationCodeStore(RedisConnector redis, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix + "oauth-code:";
    }

    @Override
    public void save(IssuedCode code) {
        var fields = new ArrayList<>(List.of(code.userId().value().toString(), Boolean.toString(code.newUser()),
                Long.toString(code.expiresAt().toEpochMilli())));
        fields.addAll(ClientAuthorizations.fields(code.client()));
        var ttl = Math.max(1, code.expiresAt().toEpochMilli() - Instant.now().toEpochMilli());
        redis.call(commands -> commands.set(prefix + code.codeHash(), String.join("\n", fields),
                SetArgs.Builder.px(ttl)));
    }

    @Override
    public Optional<IssuedCode> take(String codeHash, Instant now) {
        var value = redis.call(commands -> commands.getdel(prefix + codeHash));
        if (value == null) {
            return Optional.empty();
        }
        var parts = value.split("\n", -1);
        var code = new IssuedCode(codeHash, new UserId(UUID.fromString(parts[0])), ClientAuthorizations.parse(parts, 3),
                Boolean.parseBoolean(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])));
        return Optional.of(code).filter(issued -> now.isBefore(issued.expiresAt()));
    }
}
