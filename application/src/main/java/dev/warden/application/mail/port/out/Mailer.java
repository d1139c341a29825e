package dev.warden.application.mail.port.out;

/**
 * Delivers mail. Accepting a message never fails the caller: delivery happens afterwards, is retried a few
 * times, and a final failure is logged (the token that the mail carries stays valid, a new one can be asked for).
 * A message goes to its address exactly as written, never to a transliteration of it.
 */
public interface Mailer {
    void send(MailMessage message);

    /**
     * Whether this mailer can deliver to the address exactly as written (for SMTP: a non-ASCII local part needs
     * a server with SMTPUTF8). Addresses it cannot deliver to are refused where they are entered.
     */
    default boolean canDeliverTo(String address) {
        return true;
    }
}
