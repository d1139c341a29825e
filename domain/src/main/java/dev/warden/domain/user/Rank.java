package dev.warden.domain.user;

/**
 * How far an account's administrative rights reach, lowest first; each rank holds the rights of those below it.
 * A superuser is of superuser rank whatever its staff flag says (the staff guard lets superusers through too).
 */
public enum Rank {
    USER, STAFF, SUPERUSER;

    public static Rank of(boolean staff, boolean superuser) {
        return superuser ? SUPERUSER : staff ? STAFF : USER;
    }

    public boolean isAbove(Rank other) {
        return compareTo(other) > 0;
    }
}
