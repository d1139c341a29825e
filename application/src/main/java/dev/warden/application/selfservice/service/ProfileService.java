package dev.warden.application.selfservice.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.secondfactor.port.in.ManageTotpUseCase;
import dev.warden.application.secondfactor.service.SecondFactorProof;
import dev.warden.application.selfservice.port.in.Profile;
import dev.warden.application.selfservice.port.in.ProfileUseCase;
import dev.warden.application.selfservice.port.in.TotpChange;
import dev.warden.application.selfservice.port.in.UpdateProfileCommand;
import dev.warden.application.selfservice.port.out.ClientMetadataStore;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import java.util.LinkedHashMap;
import java.util.List;

public final class ProfileService implements ProfileUseCase {
    private final UserRepository users;
    private final PasskeyStore passkeys;
    private final ClientMetadataStore metadata;
    private final SecondFactorProof secondFactor;
    private final ManageTotpUseCase totp;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    public ProfileService(UserRepository users, PasskeyStore passkeys, ClientMetadataStore metadata,
                          SecondFactorProof secondFactor, ManageTotpUseCase totp, AuditLog audit, IdGenerator ids,
                          Clock clock) {
        this.users = users;
        this.passkeys = passkeys;
        this.metadata = metadata;
        this.secondFactor = secondFactor;
        this.totp = totp;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Profile profile(Caller caller) {
        var user = caller.account().filter(known -> known.id().equals(caller.userId()))
                .or(() -> users.findById(caller.userId()))
                .filter(User::active)
                .orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
        return profileOf(user);
    }

    private Profile profileOf(User user) {
        return new Profile(user, secondFactor.enabled(user.id()), !passkeys.listByUser(user.id()).isEmpty(),
                metadata.find(user.id()));
    }

    @Override
    public Profile update(UpdateProfileCommand command) {
        var before = profile(command.caller());
        var user = before.user();
        var refused = new LinkedHashMap<String, List<Reason>>();
        if (command.totp().orElse(null) instanceof TotpChange.Remove && before.totpEnabled()) {
            refused.put(UpdateProfileCommand.TOTP_SECRET, List.of(Reason.REMOVAL_NEEDS_CODE));
        }
        command.passkeys().filter(wanted -> wanted != before.passkeys())
                .ifPresent(wanted -> refused.put(UpdateProfileCommand.PASSKEYS, List.of(Reason.UNCHANGEABLE)));
        command.email().filter(address -> !Email.keyOf(address).equals(user.email().key()))
                .ifPresent(address -> refused.put(UpdateProfileCommand.EMAIL, List.of(Reason.UNCHANGEABLE)));
        if (!refused.isEmpty()) {
            throw new AuthError.ConflictsWithAccount(refused).exception();
        }
        var changes = new java.util.ArrayList<String>();
        if (command.totp().orElse(null) instanceof TotpChange.Enrol(var secret)) {
            totp.enrol(command.caller(), secret);
            changes.add("totp");
        }
        if (command.clientMetadata().isPresent()) {
            var text = command.clientMetadata().get();
            if (!before.clientMetadata().orElse(UpdateProfileCommand.NO_METADATA).equals(text)) {
                if (text.equals(UpdateProfileCommand.NO_METADATA)) {
                    metadata.delete(user.id());
                } else {
                    metadata.save(user.id(), text);
                }
                changes.add("client_metadata");
            }
        }
        if (command.displayName().isPresent()) {
            var renamed = user.withDisplayName(command.displayName().get());
            if (!renamed.equals(user)) {
                // the names only: a deactivation or a new address meanwhile must stay
                users.rename(user.id(), renamed.firstName(), renamed.lastName());
                changes.add("display_name");
            }
        }
        if (changes.isEmpty()) {
            return before;
        }
        audit.record(new AuditEntry(ids.newId(), clock.now(), user.id(), "update-profile", user.id(),
                String.join(",", changes), command.clientAddress()));
        return profileOf(users.findById(user.id()).orElse(user));
    }
}
