package dev.warden.adapter.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.signingkey.port.in.SigningKeysUseCase;
import dev.warden.application.signingkey.port.in.VerificationKey;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.application.token.port.out.TokenProfile;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.token.AccessGrant;
import dev.warden.domain.user.UserId;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens as ES256-signed JWTs (micronaut-security-jwt's EC signature on Nimbus), signed with the key that
 * signs now and verified with the key their {@code kid} names among the keys in force ({@link SigningKeysUseCase}).
 * Only our own keys and algorithm count, whatever the token's header says; the header must say {@code typ: at+jwt}
 * (RFC 9068: no other JWT signed by a key of ours passes for an access token); {@code iss}, {@code aud}, {@code typ},
 * {@code exp}, {@code nbf} and {@code iat} are always checked, and a token may not claim a longer life
 * ({@code exp - iat}) than the service gives (the access TTL, and the skew), nor an issue time after its key was
 * replaced: whoever got hold of a key cannot make tokens that outlive its replacement.
 * <p>
 * Verifying an ECDSA signature is the dearest step of an authenticated request, so the claims of tokens whose
 * signature has been verified are kept, by their exact text, in a small bounded map: a token seen again skips
 * only the signature check; every claim check (its key's term included) runs on each request, and revocation is the
 * use case's.
 * <p>
 * A token issued with a {@link TokenProfile} also carries the claims of Stack Auth's access tokens, which Stack's SDK
 * checks (by type only) before it uses a token: {@code project_id} ({@link StackProject}), {@code branch_id},
 * {@code refresh_token_id} (the session), {@code role}, {@code name}, {@code email}, {@code email_verified},
 * {@code selected_team_id}, {@code signed_up_at} (seconds), {@code is_anonymous}, {@code is_restricted},
 * {@code restricted_reason} and {@code requires_totp_mfa}. They are information for the holder: decoding ignores
 * them.
 */
@Singleton
public class JwtTokenCodec implements TokenCodec {
    static final String TYPE_CLAIM = "typ";
    static final String ACCESS_TYPE = "access";
    static final String ROLES_CLAIM = "roles";
    static final String MEMBERSHIP_CLAIM = "membership";
    /** Tolerated clock difference between instances, for nbf and iat (and so the lifetime) only: exp is exact. */
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final int VERIFIED_KEPT = 4096;
    static final String STACK_BRANCH = "main";
    static final String STACK_ROLE = "authenticated";

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SigningKeysUseCase keys;
    private final Es256Keys decoded;
    private final TokenSettings settings;
    private final Clock clock;
    private final StackProject stack;

    private record Verified(String keyId, JWTClaimsSet claims) {}

    JwtTokenCodec(SigningKeysUseCase keys, Es256Keys decoded, TokenSettings settings, Clock clock,
                  StackProject stack) {
        this.keys = keys;
        this.decoded = decoded;
        this.settings = settings;
        this.clock = clock;
        this.stack = stack;
    }

    @Override
    public String encode(AccessGrant grant, Optional<TokenProfile> profile) {
        var builder = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(grant.userId().toString())
                .jwtID(grant.tokenId())
                .issueTime(Date.from(grant.issuedAt()))
                .notBeforeTime(Date.from(grant.issuedAt()))
                .expirationTime(Date.from(grant.expiresAt()))
                .claim(TYPE_CLAIM, ACCESS_TYPE)
                .claim(ROLES_CLAIM, grant.roles());
        grant.membership().ifPresent(level -> builder.claim(MEMBERSHIP_CLAIM, level));
        profile.ifPresent(holder -> stackClaims(builder, holder));
        var claims = builder.build();
        try {
            return decoded.signerFor(keys.inForce()).sign(claims).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
    }

    /** Stack's claims, the null ones included: its SDK requires every one to be there. */
    private void stackClaims(JWTClaimsSet.Builder builder, TokenProfile profile) {
        builder.serializeNullClaims(true)
                .claim("project_id", stack.projectId())
                .claim("branch_id", STACK_BRANCH)
                .claim("refresh_token_id", profile.sessionId())
                .claim("role", STACK_ROLE)
                .claim("name", profile.name())
                .claim("email", profile.email())
                .claim("email_verified", profile.emailVerified())
                .claim("selected_team_id", null)
                .claim("signed_up_at", profile.signedUpAt().getEpochSecond())
                .claim("is_anonymous", false)
                .claim("is_restricted", false)
                .claim("restricted_reason", null)
                .claim("requires_totp_mfa", false);
    }

    @Override
    public AccessGrant decode(String token) {
        try {
            var known = verified.get(token);
            if (known != null) {
                return grantOf(known.claims(), keys.inForce().key(known.keyId()));
            }
            var jwt = SignedJWT.parse(token);
            var header = jwt.getHeader();
            var kid = header.getKeyID();
            if (!Es256Keys.ALGORITHM.equals(header.getAlgorithm()) || kid == null || !isAccessTokenType(header)) {
                throw invalid();
            }
            var key = keys.inForceWith(kid).key(kid);
            if (key.isEmpty() || !decoded.verifierFor(key.get()).verify(jwt)) {
                throw invalid();
            }
            var claims = jwt.getJWTClaimsSet();
            var grant = grantOf(claims, key);
            remember(token, new Verified(kid, claims));
            return grant;
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** RFC 9068 §4: the header says {@code at+jwt} (or {@code application/at+jwt}); any other JWT is no access token. */
    private static boolean isAccessTokenType(com.nimbusds.jose.JWSHeader header) {
        var type = header.getType();
        if (type == null) {
            return false;
        }
        var name = type.getType().toLowerCase(java.util.Locale.ROOT);
        return name.equals("at+jwt") || name.equals("application/at+jwt");
    }

    private void remember(String token, Verified claims) {
        if (verified.size() >= VERIFIED_KEPT) {
            var now = Date.from(clock.now());
            verified.values().removeIf(kept -> kept.claims().getExpirationTime().before(now));
            if (verified.size() >= VERIFIED_KEPT) {
                verified.clear(); // bounded memory matters more than the hit rate
            }
        }
        verified.put(token, claims);
    }

    private AccessGrant grantOf(JWTClaimsSet claims, Optional<VerificationKey> key) throws ParseException {
        var now = clock.now();
        var expires = instant(claims.getExpirationTime());
        var issued = instant(claims.getIssueTime());
        var notBefore = claims.getNotBeforeTime() == null ? issued : instant(claims.getNotBeforeTime());
        boolean valid = settings.issuer().equals(claims.getIssuer())
                && claims.getAudience().contains(settings.audience())
                && ACCESS_TYPE.equals(claims.getStringClaim(TYPE_CLAIM))
                && claims.getJWTID() != null && claims.getSubject() != null
                && !now.plus(SKEW).isBefore(notBefore)
                && !now.plus(SKEW).isBefore(issued)
                && !expires.isAfter(issued.plus(settings.accessTtl()).plus(SKEW))
                && key.isPresent() && key.get().verifiesAt(now) && key.get().signedAt(issued);
        if (!valid) {
            throw invalid();
        }
        if (!now.isBefore(expires)) {
            // sound in every other respect: only its time is over, which a client may want to know (to refresh)
            throw new AuthError.InvalidToken(true).exception();
        }
        var roles = claims.getStringListClaim(ROLES_CLAIM);
        return new AccessGrant(claims.getJWTID(), UserId.parse(claims.getSubject()), issued, expires,
                roles == null ? List.of() : roles, Optional.ofNullable(claims.getStringClaim(MEMBERSHIP_CLAIM)));
    }

    private static Instant instant(Date date) {
        if (date == null) {
            throw invalid();
        }
        return date.toInstant();
    }

    private static AuthException invalid() {
        return new AuthError.InvalidToken().exception();
    }
}
