package dev.warden.application.account.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.domain.user.User;

/**
 * The owner of a mailbox proved it (a mailed sign-in code, or an identity provider vouching for the address) for an
 * account whose address was never verified: whoever registered that account may not own the mailbox, and may be
 * waiting for its owner to use it. The account becomes the owner's: the password goes first (no new sign-in with it),
 * then every sign-in the registrant made, and their second factors.
 */
public final class MailboxTakeover {
    private final UserRepository users;
    private final SignOuts signOuts;
    private final SecondFactorGate gate;
    private final Clock clock;

    public MailboxTakeover(UserRepository users, SignOuts signOuts, SecondFactorGate gate, Clock clock) {
        this.users = users;
        this.signOuts = signOuts;
        this.gate = gate;
        this.clock = clock;
    }

    /** The account, as its mailbox's owner now holds it. */
    public User takeOver(User account) {
        var owned = account.claimedByMailboxOwner();
        users.update(owned);
        signOuts.everywhere(account.id(), clock.now());
        gate.removeSecondFactor(account.id()); // the registrant's authenticator must not guard the owner's account
        return owned;
    }
}
