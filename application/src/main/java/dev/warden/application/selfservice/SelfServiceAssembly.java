package dev.warden.application.selfservice;

import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.secondfactor.SecondFactorAssembly;
import dev.warden.application.selfservice.port.in.ChangeEmailUseCase;
import dev.warden.application.selfservice.port.in.ChangePasswordUseCase;
import dev.warden.application.selfservice.port.in.DeleteAccountUseCase;
import dev.warden.application.selfservice.port.in.ProfileUseCase;
import dev.warden.application.selfservice.port.out.ClientMetadataStore;
import dev.warden.application.selfservice.service.ChangeEmailService;
import dev.warden.application.selfservice.service.ChangePasswordService;
import dev.warden.application.selfservice.service.DeleteAccountService;
import dev.warden.application.selfservice.service.ProfileService;
import dev.warden.application.selfservice.service.Reauthenticator;
import dev.warden.application.session.SessionAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.password.PasswordPolicy;
import java.util.List;

/**
 * Account self-service: the owner changes the password or the address, or deletes the account, after proving it;
 * and reads their profile and changes what needs no proof (the display name, a TOTP secret of their own client, the
 * client's metadata).
 */
public record SelfServiceAssembly(ChangePasswordUseCase changePassword, ChangeEmailUseCase changeEmail,
                                  DeleteAccountUseCase deleteAccount, ProfileUseCase profile) {
    public static final List<Offer<SelfServiceAssembly, ?>> OFFERS = List.of(
            Offer.of(ChangePasswordUseCase.class, SelfServiceAssembly::changePassword),
            Offer.of(ChangeEmailUseCase.class, SelfServiceAssembly::changeEmail),
            Offer.of(DeleteAccountUseCase.class, SelfServiceAssembly::deleteAccount),
            Offer.of(ProfileUseCase.class, SelfServiceAssembly::profile));

    public static SelfServiceAssembly of(UserRepository users, PasswordPolicy policy, PasswordHasher hasher,
                                         OneTimeTokenStore tokens, PasskeyStore passkeys,
                                         ClientMetadataStore metadata, AuditLog audit, Clock clock, IdGenerator ids,
                                         LoginAssembly login, SessionAssembly sessions,
                                         SecondFactorAssembly secondFactor, AccountAssembly accounts) {
        var reauthenticator = new Reauthenticator(users, hasher, login.throttle(), secondFactor.proof());
        return new SelfServiceAssembly(
                new ChangePasswordService(reauthenticator, users, policy, hasher, tokens, sessions.signOuts(),
                        accounts.mails(), audit, ids, clock),
                new ChangeEmailService(reauthenticator, users, tokens, accounts.mails(), accounts.mailLimits(), audit,
                        ids, clock),
                new DeleteAccountService(reauthenticator, users, sessions.signOuts(), login.gate(), accounts.mails(),
                        audit, ids, clock),
                new ProfileService(users, passkeys, metadata, secondFactor.proof(), secondFactor.manageTotp(), audit,
                        ids, clock));
    }
}
