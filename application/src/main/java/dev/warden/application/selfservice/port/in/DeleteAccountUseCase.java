package dev.warden.application.selfservice.port.in;

/** A signed-in user deletes their own account. */
public interface DeleteAccountUseCase {

    /**
     * After the caller proved to be the account's owner (as for a password change), ends every session, token family
     * (with its access tokens) and legacy token of the account at once, forgets its second factor and passkeys,
     * deletes the account, mails a last notice to its address, and keeps the event in the audit trail. A superuser is
     * refused (CannotDeleteSelf): another administrator removes their rights, or their account, first. Fails as
     * {@link ChangePasswordUseCase} for the proof, and nothing changes.
     */
    void deleteAccount(DeleteAccountCommand command);
}
