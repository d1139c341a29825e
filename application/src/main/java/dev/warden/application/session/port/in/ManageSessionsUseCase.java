package dev.warden.application.session.port.in;

import dev.warden.application.shared.port.in.Caller;
import java.util.List;
import java.util.UUID;

/** The caller's own sessions and refresh-token families: list them, end one, end all but the current one. */
public interface ManageSessionsUseCase {

    List<SessionEntry> list(Caller caller);

    /** Ends the caller's session or token family with that id; SessionNotFound when the caller has none such. */
    void revoke(Caller caller, UUID id);

    /**
     * Ends another of the caller's sessions or token families: as {@link #revoke}, but the one of the current
     * request is refused with CannotRevokeCurrentSession (the Stack-style surface: a client drops its own tokens).
     */
    void revokeOther(Caller caller, UUID id);

    /**
     * Ends every session, token family and legacy token of the caller except the one of the current request;
     * returns how many.
     */
    int revokeOthers(Caller caller);
}
