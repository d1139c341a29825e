package dev.warden.application.admin.port.in;

/** What ensuring the operator's administrator found, and did. */
public enum EnsureAdministratorResult {
    /** No account had the username or the email: the superuser was created. */
    CREATED,
    /** The account was there, but deactivated or no longer a superuser: it is an active superuser again. */
    RESTORED,
    /** The account was there as an active superuser: nothing changed. */
    PRESENT,
    /**
     * The username or the email belongs to another account, or to one whose email was never verified (which someone
     * may have registered before the first start): nothing changed, nobody was promoted.
     */
    TAKEN
}
