package dev.warden.adapter.redis;

import dev.warden.application.oauth.port.out.PendingLogin;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import io.lettuce.core.SetArgs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pending identity-provider sign-ins under {@code <prefix>oauth-state:<state hash>}, expiring by themselves;
 * GETDEL makes a state work once even when two callbacks race, on any instance.
 */
public final class RedisPendingLoginStore implements PendingLoginStore {
    private final RedisConnector redis;
    private final String prefix;

    public RedisPendingLoginStore(RedisConnector redis, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix + "oauth-state:";
    }

    @Override
    public void save(PendingLogin login) {
        // a sign-in for a client has no browser key: an empty field, then the client's authorization
        var fields = new ArrayList<>(List.of(login.provider(), login.codeVerifier(),
                login.client().isPresent() ? "" : login.browserKeyHash(),
                Long.toString(login.expiresAt().toEpochMilli())));
        login.client().ifPresent(client -> fields.addAll(ClientAuthorizations.fields(client)));
        var value = String.join("\n", fields);
        var ttl = Math.max(1, login.expiresAt().toEpochMilli() - Instant.now().toEpochMilli());
        redis.call(commands -> commands.set(prefix + login.stateHash(), value, SetArgs.Builder.px(ttl)));
    }

    @Override
    public Optional<PendingLogin> take(String stateHash, Instant now) {
        var value = redis.call(commands -> commands.getdel(prefix + stateHash));
        if (value == null) {
            return Optional.empty();
        }
        var parts = value.split("\n", -1);
        var expiresAt = Instant.ofEpochMilli(Long.parseLong(parts[3]));
        var login = parts.length > 4
                ? PendingLogin.forClient(stateHash, parts[0], parts[1], expiresAt, ClientAuthorizations.parse(parts, 4))
                : new PendingLogin(stateHash, parts[0], parts[1], parts[2], expiresAt);
        return Optional.of(login).filter(pending -> now.isBefore(pending.expiresAt()));
    }
}
