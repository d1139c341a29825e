package dev.warden.domain.oauth;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import java.util.Optional;

/**
 * The account-linking rules of an identity-provider sign-in, as one pure function:
 * <ol>
 *   <li>an account already linked to this provider identity signs in (unless deactivated);</li>
 *   <li>an account with the same email that signs in with another provider is refused
 *       ("Email already registered with &lt;provider&gt;");</li>
 *   <li>an account with the same email linked to another identity at this provider is refused
 *       ("OAuth provider mismatch");</li>
 *   <li>a password account with the same email is linked only when the provider verified the email:
 *       an unverified address would let anyone take the account over;</li>
 *   <li>when the account never verified that email, whoever registered it may not own the mailbox (a squatter
 *       waiting for its owner): the provider proved the owner, who takes the account over, and everything the
 *       registrant held (password, sign-ins, second factors) ends, as when the owner proves it by a mailed code;</li>
 *   <li>otherwise a new account is created.</li>
 * </ol>
 */
public final class AccountLinking {
    private AccountLinking() {}

    public sealed interface Decision {}

    public record SignIn(User user) implements Decision {}

    /** Link an account whose owner verified the address: they are the same person, who keeps every credential. */
    public record Link(User user) implements Decision {}

    /** Link an account whose address was never verified: the mailbox owner takes it over from its registrant. */
    public record TakeOver(User user) implements Decision {}

    public record Create() implements Decision {}

    public record Refuse(AuthError reason) implements Decision {}

    public static Decision decide(ProviderIdentity identity, Optional<User> byIdentity, Optional<User> byEmail) {
        if (byIdentity.isPresent()) {
            return byIdentity.get().active() ? new SignIn(byIdentity.get()) : new Refuse(new AuthError.AccountDisabled());
        }
        if (identity.email().isEmpty()) {
            return new Refuse(new AuthError.ProviderEmailMissing());
        }
        if (byEmail.isEmpty()) {
            return new Create();
        }
        var existing = byEmail.get();
        if (existing.oauthProvider().isPresent()) {
            var provider = existing.oauthProvider().get();
            return provider.equals(identity.provider())
                    ? new Refuse(new AuthError.OAuthProviderMismatch())
                    : new Refuse(new AuthError.EmailRegisteredWithProvider(provider));
        }
        if (!identity.emailVerified()) {
            return new Refuse(new AuthError.EmailTaken());
        }
        if (!existing.active()) {
            return new Refuse(new AuthError.AccountDisabled());
        }
        return existing.emailVerified() ? new Link(existing) : new TakeOver(existing);
    }
}
