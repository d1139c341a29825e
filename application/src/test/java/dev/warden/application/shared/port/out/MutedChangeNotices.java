package dev.warden.application.shared.port.out;

/**
 * A channel as one instance sees it whose own notices cannot go out while {@link #muted} (it cannot reach Redis; the
 * others can): it still hears the others.
 */
public final class MutedChangeNotices implements ChangeNotices {
    private final ChangeNotices channel;
    public volatile boolean muted;

    public MutedChangeNotices(ChangeNotices channel) {
        this.channel = channel;
    }

    @Override
    public boolean announce(Notice notice) {
        return !muted && channel.announce(notice);
    }

    @Override
    public void listen(Listener listener) {
        channel.listen(listener);
    }
}
