package dev.warden.domain.user;

import dev.warden.domain.error.AuthError;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The user aggregate. Immutable: every change returns a new value that the caller stores.
 * {@code passwordHash} is empty for accounts that sign in only through an identity provider.
 */
public record User(
        UserId id,
        Username username,
        Email email,
        Optional<String> passwordHash,
        String firstName,
        String lastName,
        boolean active,
        boolean staff,
        boolean superuser,
        boolean emailVerified,
        Optional<MembershipLevel> membership,
        Optional<String> oauthProvider,
        Optional<String> oauthId,
        Instant dateJoined,
        Optional<Instant> lastLogin) {
    /** The longest first or last name (and so display name), in characters (code points). */
    public static final int MAX_NAME_LENGTH = 150;

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(oauthProvider, "oauthProvider");
        Objects.requireNonNull(oauthId, "oauthId");
        Objects.requireNonNull(dateJoined, "dateJoined");
        Objects.requireNonNull(lastLogin, "lastLogin");
    }

    /** A new, active, unprivileged account with a password and an unverified email. */
    public static User register(UserId id, Username username, Email email, String passwordHash,
                                String firstName, String lastName, Instant now) {
        return new User(id, username, email, Optional.of(passwordHash), firstName, lastName,
                true, false, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                now, Optional.empty());
    }

    /** A new account that signs in only through an identity provider: no password. */
    public static User fromProvider(UserId id, Username username, Email email, String provider, String subject,
                                    boolean emailVerified, String firstName, String lastName, Instant now) {
        return new User(id, username, email, Optional.empty(), firstName, lastName, true, false, false, emailVerified,
                Optional.empty(), Optional.of(provider), Optional.of(subject), now, Optional.empty());
    }

    /** A new account made by signing in with a mailed code: no password, and the code proved the address. */
    public static User passwordless(UserId id, Username username, Email email, Instant now) {
        return new User(id, username, email, Optional.empty(), "", "", true, false, false, true,
                Optional.empty(), Optional.empty(), Optional.empty(), now, Optional.empty());
    }

    /**
     * This account, taken over by whoever proved control of its mailbox: the address is verified, and a password
     * that somebody else may have set before the address was verified is dropped.
     */
    public User claimedByMailboxOwner() {
        return new User(id, username, email, Optional.empty(), firstName, lastName, active, staff, superuser, true,
                membership, oauthProvider, oauthId, dateJoined, lastLogin);
    }

    /** This account, now also signing in through {@code provider}; the provider vouched for the email. */
    public User linkedTo(String provider, String subject) {
        return new User(id, username, email, passwordHash, firstName, lastName, active, staff, superuser, true,
                membership, Optional.of(provider), Optional.of(subject), dateJoined, lastLogin);
    }

    /**
     * This account at a new address, which its owner proved to control by following the link mailed there: the
     * address is verified. Everything else stays, the identity provider link included (it signs in by its subject).
     */
    public User withConfirmedEmail(Email address) {
        return new User(id, username, address, passwordHash, firstName, lastName, active, staff, superuser, true,
                membership, oauthProvider, oauthId, dateJoined, lastLogin);
    }

    /** How the account is named to people: its first and last name when it has them, else its username. */
    public String displayName() {
        var name = (firstName + " " + lastName).strip();
        return name.isEmpty() ? username.value() : name;
    }

    /**
     * This account named {@code name} to people: it becomes the first name, with no last name, so that
     * {@link #displayName} reads it back as given (stripped); a blank one clears both, and the username names it again.
     */
    public User withDisplayName(String name) {
        var given = name == null ? "" : name.strip();
        return new User(id, username, email, passwordHash, given, "", active, staff, superuser, emailVerified,
                membership, oauthProvider, oauthId, dateJoined, lastLogin);
    }

    public boolean hasPassword() {
        return passwordHash.isPresent();
    }

    public boolean hasMembership() {
        return membership.isPresent();
    }

    public User loggedInAt(Instant when) {
        return new User(id, username, email, passwordHash, firstName, lastName, active, staff, superuser,
                emailVerified, membership, oauthProvider, oauthId, dateJoined, Optional.of(when));
    }

    public User withPasswordHash(String hash) {
        return new User(id, username, email, Optional.of(hash), firstName, lastName, active, staff, superuser,
                emailVerified, membership, oauthProvider, oauthId, dateJoined, lastLogin);
    }

    /** How far this account's administrative rights reach. */
    public Rank rank() {
        return Rank.of(staff, superuser);
    }

    /** Whether this account counts towards "there is always an active superuser". */
    public boolean activeSuperuser() {
        return active && superuser;
    }

    /**
     * This account, deactivated by {@code actor}. Nobody deactivates themselves (CannotDeactivateSelf); otherwise as
     * {@link #requireChangeableBy}.
     */
    public User deactivatedBy(User actor) {
        if (actor.id().equals(id)) {
            throw new AuthError.CannotDeactivateSelf().exception();
        }
        requireChangeableBy(actor);
        return with(false, staff, superuser, membership);
    }

    /** This account, activated by {@code actor}, as {@link #requireChangeableBy} allows. */
    public User activatedBy(User actor) {
        requireChangeableBy(actor);
        return with(true, staff, superuser, membership);
    }

    /**
     * This account with the roles {@code actor} gives it. Nobody lowers their own rank (CannotDemoteSelf): a superuser
     * may drop their staff flag, not their superuser flag. Otherwise as {@link #requireChangeableBy}.
     */
    public User withRolesBy(User actor, boolean staff, boolean superuser) {
        var changed = with(active, staff, superuser, membership);
        if (actor.id().equals(id) && rank().isAbove(changed.rank())) {
            throw new AuthError.CannotDemoteSelf().exception();
        }
        requireChangeableBy(actor);
        return changed;
    }

    /** This account with the membership {@code actor} gives it, as {@link #requireChangeableBy} allows. */
    public User withMembershipBy(User actor, Optional<MembershipLevel> level) {
        requireChangeableBy(actor);
        return with(active, staff, superuser, level);
    }

    /** Refuses unless {@code actor} may delete this account: never their own (CannotDeleteSelf). */
    public void requireDeletableBy(User actor) {
        if (actor.id().equals(id)) {
            throw new AuthError.CannotDeleteSelf().exception();
        }
        requireChangeableBy(actor);
    }

    /**
     * Refuses (InsufficientRank) unless {@code actor} is active and either a superuser, who may change any account,
     * or of a rank above this account's: staff change ordinary users only, never another staff member or a
     * superuser. What nobody may do to their own account is said by each change above.
     */
    private void requireChangeableBy(User actor) {
        if (!actor.active() || !(actor.rank() == Rank.SUPERUSER || actor.rank().isAbove(rank()))) {
            throw new AuthError.InsufficientRank().exception();
        }
    }

    private User with(boolean active, boolean staff, boolean superuser, Optional<MembershipLevel> membership) {
        return new User(id, username, email, passwordHash, firstName, lastName, active, staff, superuser,
                emailVerified, membership, oauthProvider, oauthId, dateJoined, lastLogin);
    }

    /** The same account with full rights and a verified email: the operator's bootstrap administrator. */
    public User asBootstrapAdministrator() {
        return new User(id, username, email, passwordHash, firstName, lastName, true, true, true,
                true, membership, oauthProvider, oauthId, dateJoined, lastLogin);
    }
}
