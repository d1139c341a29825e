package dev.warden.application.housekeeping;

import dev.warden.application.housekeeping.port.in.HousekeepingUseCase;
import dev.warden.application.housekeeping.port.out.ClusterLock;
import dev.warden.application.housekeeping.port.out.HousekeepingReport;
import dev.warden.application.housekeeping.service.HousekeepingService;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import java.util.List;

/** Housekeeping: the sweep of expired and used rows from the other features' stores. */
public record HousekeepingAssembly(HousekeepingUseCase housekeeping) {
    public static final List<Offer<HousekeepingAssembly, ?>> OFFERS = List.of(
            Offer.of(HousekeepingUseCase.class, HousekeepingAssembly::housekeeping));

    public static HousekeepingAssembly of(RevokedAccessTokens revocations, OneTimeTokenStore oneTimeTokens,
                                          SignInCodeStore signInCodes, RefreshTokenStore refreshTokens,
                                          LegacyTokenStore legacyTokens, AuditLog audit, ClusterLock lock,
                                          HousekeepingReport report, Clock clock, HousekeepingSettings settings) {
        return new HousekeepingAssembly(new HousekeepingService(revocations, oneTimeTokens, signInCodes,
                refreshTokens, legacyTokens, audit, lock, report, clock, settings));
    }
}
