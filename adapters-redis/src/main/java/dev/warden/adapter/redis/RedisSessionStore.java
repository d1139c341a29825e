package dev.warden.adapter.redis;

import dev.warden.application.session.port.out.SessionStore;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.session.Session;
import dev.warden.domain.session.SessionLifetime;
import dev.warden.domain.user.UserId;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions as Redis hashes under {@code <prefix>session:<secret hash>}, each with a TTL equal to its
 * remaining lifetime so that Redis drops it by itself, and a per-user index
 * {@code <prefix>user-sessions:<user id>} (session id to secret hash) that makes "all sessions of a user"
 * one lookup. Index entries whose session has expired are removed when the index is next read.
 */
public final class RedisSessionStore implements SessionStore {
    private final RedisConnector redis;
    private final String prefix;

    public RedisSessionStore(RedisConnector redis, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix;
    }

    @Override
    public void create(Session session) {
        var ttl = Duration.between(session.lastUsedAt(), session.expiresAt()).toMillis();
        redis.call(commands -> {
            commands.hset(sessionKey(session.secretHash()), toHash(session));
            commands.pexpire(sessionKey(session.secretHash()), ttl);
            commands.hset(indexKey(session.userId()), session.id().toString(), session.secretHash());
            commands.pexpire(indexKey(session.userId()), ttl);
            return null;
        });
    }

    /**
     * Reads the session and, unless it has expired or reached its maximum age, touches it as
     * {@link Session#touchedAt} does (expiry: now + idle lifetime, but not past creation + maximum age; all times in
     * microseconds), in one round trip (this runs on every request that carries a session cookie): the fields as
     * they were, or none. The key lives as long as the session; the user's index, which lists sessions that may
     * have been touched later, a full idle lifetime.
     */
    private static final String FIND_AND_TOUCH = """
            local fields = redis.call('HGETALL', KEYS[1])
            if #fields == 0 then return fields end
            local expires, user, created
            for i = 1, #fields, 2 do
              local name = fields[i]
              if name == 'expires_at' then expires = tonumber(fields[i + 1])
              elseif name == 'user_id' then user = fields[i + 1]
              elseif name == 'created_at' then created = tonumber(fields[i + 1]) end
            end
            local now = tonumber(ARGV[1])
            if expires == nil or user == nil or created == nil or expires <= now then return fields end
            local touched = math.min(now + tonumber(ARGV[2]), created + tonumber(ARGV[3]))
            if touched <= now then return fields end
            redis.call('HSET', KEYS[1], 'last_used_at', ARGV[1], 'expires_at', string.format('%.0f', touched))
            redis.call('PEXPIRE', KEYS[1], string.format('%.0f', math.ceil((touched - now) / 1000)))
            redis.call('PEXPIRE', ARGV[5] .. user, ARGV[4])
            return fields""";

    @Override
    public Optional<Session> findAndTouch(String secretHash, Instant now, SessionLifetime lifetime) {
        return redis.call(commands -> {
            List<String> flat = commands.eval(FIND_AND_TOUCH, ScriptOutputType.MULTI, new String[] {sessionKey(secretHash)},
                    micros(now), micros(lifetime.idle()), micros(lifetime.maxAge()),
                    Long.toString(lifetime.idle().toMillis()), prefix + "user-sessions:");
            var stored = parse(secretHash, flat);
            if (stored.isEmpty()) {
                return Optional.<Session>empty();
            }
            var touched = stored.get().touchedAt(now, lifetime);
            if (stored.get().isExpiredAt(now) || touched.isExpiredAt(now)) {
                remove(commands, stored.get());
                return Optional.<Session>empty();
            }
            return Optional.of(touched);
        });
    }

    /** A session from the flat field list of HGETALL in a script (a nil reply comes as a list of one null). */
    private static Optional<Session> parse(String secretHash, List<String> flat) {
        var fields = new java.util.HashMap<String, String>();
        for (int i = 0; flat != null && i + 1 < flat.size(); i += 2) {
            fields.put(flat.get(i), flat.get(i + 1));
        }
        return fromFields(secretHash, fields);
    }

    @Override
    public boolean delete(String secretHash) {
        return redis.call(commands -> read(commands, secretHash).map(session -> {
            remove(commands, session);
            return true;
        }).orElse(false));
    }

    @Override
    public boolean deleteById(UserId userId, UUID sessionId, Instant now) {
        return redis.call(commands -> {
            var secretHash = commands.hget(indexKey(userId), sessionId.toString());
            if (secretHash == null) {
                return false;
            }
            var live = read(commands, secretHash).filter(session -> !session.isExpiredAt(now)).isPresent();
            commands.hdel(indexKey(userId), sessionId.toString());
            commands.del(sessionKey(secretHash));
            return live;
        });
    }

    @Override
    public List<Session> listByUser(UserId userId, Instant now) {
        return redis.call(commands -> {
            var live = new ArrayList<Session>();
            for (var entry : commands.hgetall(indexKey(userId)).entrySet()) {
                var session = read(commands, entry.getValue());
                if (session.isPresent() && !session.get().isExpiredAt(now)) {
                    live.add(session.get());
                } else {
                    commands.hdel(indexKey(userId), entry.getKey());
                }
            }
            live.sort(Comparator.comparing(Session::createdAt));
            return List.copyOf(live);
        });
    }

    @Override
    public int deleteAllOfUser(UserId userId, Optional<UUID> keep, Instant now) {
        return redis.call(commands -> {
            int deleted = 0;
            for (var entry : commands.hgetall(indexKey(userId)).entrySet()) {
                if (keep.map(UUID::toString).filter(entry.getKey()::equals).isEmpty()) {
                    var live = read(commands, entry.getValue()).filter(session -> !session.isExpiredAt(now));
                    commands.hdel(indexKey(userId), entry.getKey());
                    commands.del(sessionKey(entry.getValue()));
                    deleted += live.isPresent() ? 1 : 0;
                }
            }
            return deleted;
        });
    }

    private Optional<Session> read(RedisCommands<String, String> commands, String secretHash) {
        return fromFields(secretHash, commands.hgetall(sessionKey(secretHash)));
    }

    private static Optional<Session> fromFields(String secretHash, Map<String, String> fields) {
        if (fields == null || !fields.containsKey("id")) {
            return Optional.empty();
        }
        return Optional.of(new Session(UUID.fromString(fields.get("id")), secretHash, UserId.parse(fields.get("user_id")),
                instant(fields.get("created_at")), instant(fields.get("last_used_at")), instant(fields.get("expires_at")),
                new ClientInfo(fields.getOrDefault("user_agent", ""), fields.getOrDefault("client_address", ""))));
    }

    private void remove(RedisCommands<String, String> commands, Session session) {
        commands.del(sessionKey(session.secretHash()));
        commands.hdel(indexKey(session.userId()), session.id().toString());
    }

    private static Map<String, String> toHash(Session session) {
        return Map.of("id", session.id().toString(), "user_id", session.userId().toString(),
                "created_at", micros(session.createdAt()), "last_used_at", micros(session.lastUsedAt()),
                "expires_at", micros(session.expiresAt()), "user_agent", session.client().userAgent(),
                "client_address", session.client().address());
    }

    private String sessionKey(String secretHash) {
        return prefix + "session:" + secretHash;
    }

    private String indexKey(UserId userId) {
        return prefix + "user-sessions:" + userId;
    }

    private static String micros(Instant instant) {
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    private static String micros(Duration duration) {
        return Long.toString(duration.toNanos() / 1000);
    }

    private static Instant instant(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }
}
