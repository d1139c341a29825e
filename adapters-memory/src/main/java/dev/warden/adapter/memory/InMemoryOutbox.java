package dev.warden.adapter.memory;

import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.application.mail.port.out.Mailer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every message instead of sending it: what tests read their mails from. */
public final class InMemoryOutbox implements Mailer {
    private final List<MailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(MailMessage message) {
        sent.add(message);
    }

    public List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    public List<MailMessage> sentTo(String address) {
        return sent.stream().filter(message -> message.to().equalsIgnoreCase(address)).toList();
    }
}
