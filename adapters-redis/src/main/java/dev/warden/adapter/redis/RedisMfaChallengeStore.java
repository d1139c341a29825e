package dev.warden.adapter.redis;

import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.user.UserId;
import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Logins waiting for their second factor, as hashes under {@code <prefix>mfa:<token hash>} that expire by
 * themselves. An attempt is counted and the challenge read in one script, so that attempts arriving together on
 * any instance get it at most five times; the fifth past the limit deletes it. DEL makes consuming work once.
 */
public final class RedisMfaChallengeStore implements MfaChallengeStore {
    private static final String CLAIM = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
            local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
            if attempts > tonumber(ARGV[1]) then
              redis.call('DEL', KEYS[1])
              return nil
            end
            return redis.call('HGETALL', KEYS[1])""";

    private final RedisConnector redis;
    private final String prefix;

    public RedisMfaChallengeStore(RedisConnector redis, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix + "mfa:";
    }

    @Override
    public void add(MfaChallenge challenge) {
        var key = prefix + challenge.tokenHash();
        var fields = Map.of(
                "user", challenge.userId().value().toString(),
                "purpose", challenge.purpose().name(),
                "agent", challenge.client().userAgent(),
                "address", challenge.client().address(),
                "expires", Long.toString(challenge.expiresAt().toEpochMilli()),
                "attempts", Integer.toString(challenge.attempts()));
        redis.call(commands -> {
            commands.hset(key, fields);
            return commands.pexpireat(key, challenge.expiresAt().toEpochMilli());
        });
    }

    @Override
    public Optional<MfaChallenge> claimAttempt(String tokenHash, Instant now) {
        List<String> flat = redis.call(commands -> commands.eval(CLAIM, ScriptOutputType.MULTI,
                new String[] {prefix + tokenHash}, Integer.toString(MfaChallenge.MAX_ATTEMPTS)));
        if (flat == null || flat.size() < 2) { // a nil reply comes as [null]
            return Optional.empty();
        }
        var fields = new HashMap<String, String>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put(flat.get(i), flat.get(i + 1));
        }
        var challenge = new MfaChallenge(tokenHash, UserId.parse(fields.get("user")),
                MfaChallenge.Purpose.valueOf(fields.get("purpose")),
                new ClientInfo(fields.get("agent"), fields.get("address")),
                Instant.ofEpochMilli(Long.parseLong(fields.get("expires"))), Integer.parseInt(fields.get("attempts")));
        return Optional.of(challenge).filter(claimed -> now.isBefore(claimed.expiresAt()));
    }

    @Override
    public boolean consume(String tokenHash) {
        return redis.call(commands -> commands.del(prefix + tokenHash)) == 1;
    }
}
