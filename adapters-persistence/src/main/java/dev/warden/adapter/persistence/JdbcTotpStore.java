package dev.warden.adapter.persistence;

import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.domain.mfa.TotpEnrollment;
import dev.warden.domain.mfa.TotpPolicy;
import dev.warden.domain.user.UserId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/** TOTP authenticators and recovery codes in the database; every change that must hold together is one transaction. */
@Singleton
@TranslatesDatabaseFailures
public class JdbcTotpStore implements TotpStore {
    private final TotpEnrollmentRowRepository enrollments;
    private final RecoveryCodeRowRepository recoveryCodes;

    JdbcTotpStore(TotpEnrollmentRowRepository enrollments, RecoveryCodeRowRepository recoveryCodes) {
        this.enrollments = enrollments;
        this.recoveryCodes = recoveryCodes;
    }

    @Override
    public Optional<TotpEnrollment> find(UserId userId) {
        return enrollments.findById(userId.value()).map(row -> new TotpEnrollment(new UserId(row.userId()),
                Base64.getDecoder().decode(row.sealedSecret()), row.createdAt(), Optional.ofNullable(row.enabledAt()),
                row.lastUsedStep()));
    }

    /** An update of a pending row, or else an insert; an insert that loses to a concurrent one tries the update again. */
    @Override
    public boolean savePending(TotpEnrollment enrollment) {
        var user = enrollment.userId().value();
        var sealed = encode(enrollment.sealedSecret());
        for (int attempt = 0; attempt < 2; attempt++) {
            if (enrollments.replacePending(user, sealed, enrollment.createdAt()) == 1) {
                return true;
            }
            if (enrollments.existsById(user)) {
                return false; // enabled: never replaced
            }
            try {
                enrollments.save(new TotpEnrollmentRow(user, sealed, enrollment.createdAt(), null, TotpPolicy.NO_STEP));
                return true;
            } catch (RuntimeException e) {
                if (UniqueViolation.of(e).isEmpty()) {
                    throw e;
                }
            }
        }
        return false;
    }

    @Override
    @Transactional
    public boolean enable(UserId userId, byte[] sealedSecret, Instant enabledAt, long step,
                          Set<String> recoveryCodeHashes) {
        if (enrollments.enable(userId.value(), encode(sealedSecret), enabledAt, step) != 1) {
            return false;
        }
        recoveryCodes.deleteOfUser(userId.value());
        recoveryCodeHashes.forEach(hash -> recoveryCodes.insert(userId.value(), hash));
        return true;
    }

    @Override
    public boolean advanceStep(UserId userId, long step) {
        return enrollments.advanceStep(userId.value(), step) == 1;
    }

    @Override
    public boolean useRecoveryCode(UserId userId, String codeHash) {
        return recoveryCodes.use(userId.value(), codeHash) == 1;
    }

    @Override
    public int recoveryCodesLeft(UserId userId) {
        return (int) recoveryCodes.countOfUser(userId.value());
    }

    @Override
    @Transactional
    public boolean delete(UserId userId) {
        recoveryCodes.deleteOfUser(userId.value());
        return enrollments.deleteOfUser(userId.value()) == 1;
    }

    private static String encode(byte[] sealed) {
        return Base64.getEncoder().encodeToString(sealed);
    }
}
