package dev.warden.application.port.out;

/**
 * Delivers mail. Accepting a message never fails the caller: delivery happens afterwards, is retried a few
 * times, and a final failure is logged (the token that the mail carries stays valid, a new one can be asked for).
 */
public interface Mailer {
    void send(MailMessage message);
}
