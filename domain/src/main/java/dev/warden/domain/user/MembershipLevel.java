package dev.warden.domain.user;

/** PSF membership levels; BASIC is the only one that does not open the higher-membership guard. */
public enum MembershipLevel {
    BASIC, SUPPORTING, CONTRIBUTING, MANAGING, FELLOW;

    public boolean isHigher() {
        return this != BASIC;
    }
}
