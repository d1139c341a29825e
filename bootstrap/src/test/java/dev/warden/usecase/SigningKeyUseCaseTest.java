package dev.warden.usecase;

import static dev.warden.usecase.Warden.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.inprocess.AesGcmSecretBox;
import dev.warden.adapter.inprocess.JcaSigningKeyPairs;
import dev.warden.adapter.inprocess.SecureRandomIdGenerator;
import dev.warden.adapter.memory.InMemoryAuditLog;
import dev.warden.adapter.memory.InMemoryChangeNotices;
import dev.warden.adapter.memory.InMemorySigningKeyStore;
import dev.warden.application.admin.port.in.Actor;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.MutableClock;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.signingkey.port.in.VerificationKey;
import dev.warden.application.signingkey.port.out.SigningKey;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import dev.warden.application.signingkey.service.SigningKeyService;
import dev.warden.domain.token.SigningKeyPolicy;
import dev.warden.domain.user.UserId;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Token signing keys: sealed at rest, replaced on a schedule or when asked, agreed on by every instance. */
class SigningKeyUseCaseTest {
    private static final Duration ROTATION = Duration.ofDays(30);
    private static final Duration ACCESS_TTL = Duration.ofDays(7);
    private static final Actor ADMIN = new Actor(new UserId(UUID.randomUUID()), "192.0.2.7");

    private final MutableClock clock = new MutableClock(T0);
    private final SecretBox box = AesGcmSecretBox.fromKeyMaterial("test key material of at least 32 characters");
    private final InMemorySigningKeyStore durable = new InMemorySigningKeyStore();
    private final Reading store = new Reading(durable);
    private final InMemoryChangeNotices notices = new InMemoryChangeNotices();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    private SigningKeyService instance(Optional<ChangeNotices> channel, SigningKeyPolicy policy) {
        return new SigningKeyService(store, new JcaSigningKeyPairs(), box, clock, new SecureRandomIdGenerator(), audit,
                channel, policy);
    }

    private SigningKeyService instance() {
        return instance(Optional.of(notices), new SigningKeyPolicy(ROTATION, ACCESS_TTL));
    }

    private static String signing(SigningKeyService keys) {
        return keys.inForce().signingKeyId();
    }

    /** The store as seen through this test: counts reads, and may be down. */
    private static final class Reading implements SigningKeyStore {
        private final SigningKeyStore store;
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean down;

        Reading(SigningKeyStore store) {
            this.store = store;
        }

        private void check() {
            if (down) {
                throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.DATABASE, null);
            }
        }

        @Override
        public List<SigningKey> keys(String algorithm) {
            check();
            reads.incrementAndGet();
            return store.keys(algorithm);
        }

        @Override
        public SigningKey addIfAbsent(SigningKey candidate) {
            check();
            return store.addIfAbsent(candidate);
        }

        @Override
        public boolean seal(String keyId, byte[] sealedPrivateKey) {
            check();
            return store.seal(keyId, sealedPrivateKey);
        }

        @Override
        public void remove(String keyId) {
            check();
            store.remove(keyId);
        }
    }

    @Test
    void theFirstKeyIsMadeAtStartAndStoredSealedOnly() throws Exception {
        var ring = instance().inForce();

        var stored = durable.keys("ES256").getFirst();
        assertThat(stored.keyId()).isEqualTo(ring.signingKeyId());
        assertThat(stored.sealed()).isTrue();
        assertThat(stored.privateKey()).isNotEqualTo(ring.signingKey());
        assertThat(box.open(stored.privateKey(), "signing-key:" + stored.keyId())).isEqualTo(ring.signingKey());
        assertThat(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(ring.signingKey()))).isNotNull();
    }

    @Test
    void aPlainKeyOfAnEarlierVersionIsSealedAtStartAndKeepsSigning() {
        var pair = new JcaSigningKeyPairs().generate();
        durable.addIfAbsent(new SigningKey("legacy", "ES256", 1, pair.getPrivate().getEncoded(), false,
                pair.getPublic().getEncoded(), T0.minus(Duration.ofDays(3))));

        var ring = instance().inForce();

        assertThat(ring.signingKeyId()).isEqualTo("legacy");
        assertThat(ring.signingKey()).isEqualTo(pair.getPrivate().getEncoded());
        var stored = durable.keys("ES256").getFirst();
        assertThat(stored.sealed()).isTrue();
        assertThat(box.open(stored.privateKey(), "signing-key:legacy")).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void aKeySealedUnderAnotherSecretsKeyStopsTheStartWithWhatToDo() {
        instance();
        var otherBox = AesGcmSecretBox.fromKeyMaterial("another key material of 32 characters or more");

        assertThatThrownBy(() -> new SigningKeyService(store, new JcaSigningKeyPairs(), otherBox, clock,
                new SecureRandomIdGenerator(), audit, Optional.empty(), SigningKeyPolicy.DEFAULT))
                .hasMessageContaining("sealed with another secrets key").hasMessageContaining("AUTH_SECRETS_KEY");
    }

    @Test
    void theNextKeyIsMadeOnceTheRotationPeriodIsOverAndInstancesDoingItAtOnceAgreeOnIt() throws Exception {
        var instances = List.of(instance(), instance(), instance(), instance());
        var first = signing(instances.getFirst());
        clock.advance(ROTATION.minusSeconds(1));
        assertThat(instances).allSatisfy(keys -> assertThat(signing(keys)).isEqualTo(first));

        clock.advance(Duration.ofSeconds(1));
        var start = new CyclicBarrier(instances.size());
        var signers = new ArrayList<Future<String>>();
        try (var threads = Executors.newFixedThreadPool(instances.size())) {
            for (var keys : instances) {
                signers.add(threads.submit(() -> {
                    start.await();
                    return signing(keys);
                }));
            }
        }

        var stored = durable.keys("ES256");
        assertThat(stored).extracting(SigningKey::generation).containsExactly(1, 2);
        for (var signer : signers) {
            assertThat(signer.get()).isEqualTo(stored.getLast().keyId()).isNotEqualTo(first);
        }
    }

    @Test
    void withoutARotationPeriodTheKeyChangesOnlyWhenAnAdministratorAsks() {
        var keys = instance(Optional.empty(), new SigningKeyPolicy(Duration.ZERO, ACCESS_TTL));
        var first = signing(keys);
        clock.advance(Duration.ofDays(3650));
        assertThat(signing(keys)).isEqualTo(first);

        var rotated = keys.rotate(ADMIN);

        assertThat(rotated.keyId()).isNotEqualTo(first);
        assertThat(rotated.previousKeyId()).contains(first);
        assertThat(signing(keys)).isEqualTo(rotated.keyId());
    }

    @Test
    void aReplacedKeyVerifiesItsTokensUntilTheyAreOverThenIsRemovedFromTheStore() {
        var keys = instance();
        var first = signing(keys);
        var rotated = keys.rotate(ADMIN);

        var previous = keys.inForce().key(first).orElseThrow();
        assertThat(previous.signedUntil()).contains(rotated.createdAt().plus(SigningKeyPolicy.LATE_SIGNING));
        assertThat(previous.retiresAt()).contains(rotated.createdAt().plus(SigningKeyPolicy.LATE_SIGNING)
                .plus(ACCESS_TTL).plus(SigningKeyPolicy.RETIREMENT_MARGIN));
        assertThat(rotated.previousRetiresAt()).isEqualTo(previous.retiresAt());
        assertThat(keys.inForce().keys()).extracting(VerificationKey::keyId).containsExactly(rotated.keyId(), first);

        clock.advance(Duration.between(clock.now(), previous.retiresAt().orElseThrow()).minusMillis(1));
        assertThat(keys.inForce().verifyingAt(clock.now())).extracting(VerificationKey::keyId).contains(first);
        clock.advance(Duration.ofMillis(1));
        assertThat(keys.lastRead().verifyingAt(clock.now())).extracting(VerificationKey::keyId)
                .containsExactly(rotated.keyId());

        clock.advance(SigningKeyService.REREAD);
        assertThat(keys.inForce().keys()).extracting(VerificationKey::keyId).containsExactly(rotated.keyId());
        assertThat(durable.keys("ES256")).extracting(SigningKey::keyId).containsExactly(rotated.keyId());
    }

    @Test
    void anotherInstanceSignsWithTheNewKeyAsSoonAsItIsToldOrWithinThirtySecondsWhenNot() {
        var here = instance();
        var told = instance();
        var deaf = instance(Optional.empty(), new SigningKeyPolicy(ROTATION, ACCESS_TTL));
        var first = signing(deaf);

        var next = here.rotate(ADMIN).keyId();

        assertThat(signing(here)).isEqualTo(next);
        assertThat(signing(told)).isEqualTo(next);
        assertThat(signing(deaf)).isEqualTo(first);
        clock.advance(SigningKeyService.REREAD.minusMillis(1));
        assertThat(signing(deaf)).isEqualTo(first);
        clock.advance(Duration.ofMillis(1));
        assertThat(signing(deaf)).isEqualTo(next);
    }

    @Test
    void aKeyIdTheRingLacksIsLookedUpAtOnceButAtMostOnceASecond() {
        var deaf = instance(Optional.empty(), new SigningKeyPolicy(ROTATION, ACCESS_TTL));
        var next = instance().rotate(ADMIN).keyId();
        var reads = store.reads.get();

        assertThat(deaf.inForceWith(next).key(next)).isPresent();
        assertThat(deaf.inForceWith("made-up").key("made-up")).isEmpty();
        assertThat(deaf.inForceWith("made-up-too").key("made-up-too")).isEmpty();
        assertThat(store.reads.get()).isEqualTo(reads + 1);

        clock.advance(Duration.ofSeconds(1));
        deaf.inForceWith("made-up");
        assertThat(store.reads.get()).isEqualTo(reads + 2);
    }

    @Test
    void whileTheStoreCannotBeReadTheKeysReadBeforeStayInForce() {
        var keys = instance();
        var first = signing(keys);
        store.down = true;
        clock.advance(SigningKeyService.REREAD);

        assertThat(signing(keys)).isEqualTo(first);
        assertThat(keys.inForceWith(first).key(first)).isPresent();

        store.down = false;
        clock.advance(Duration.ofSeconds(1));
        var reads = store.reads.get();
        assertThat(signing(keys)).isEqualTo(first);
        assertThat(store.reads.get()).isEqualTo(reads + 1);
    }

    @Test
    void anAdministratorsRotationIsAuditedAndAnnouncedToEveryInstance() {
        var heard = new ArrayList<ChangeNotices.Notice>();
        notices.listen(new ChangeNotices.Listener() {
            @Override
            public void heard(ChangeNotices.Notice notice) {
                heard.add(notice);
            }

            @Override
            public void connected() {}

            @Override
            public void interrupted() {}
        });
        var keys = instance();
        var first = signing(keys);

        var rotated = keys.rotate(ADMIN);

        assertThat(heard).contains(new ChangeNotices.SigningKeyRotated(rotated.keyId()));
        var entry = audit.newestFirst(0, 1).getFirst();
        assertThat(entry.action()).isEqualTo("rotate_signing_key");
        assertThat(entry.actor()).isEqualTo(ADMIN.userId());
        assertThat(entry.details()).isEqualTo("kid=" + rotated.keyId() + ", previous=" + first);
        assertThat(entry.clientAddress()).isEqualTo("192.0.2.7");
    }
}
