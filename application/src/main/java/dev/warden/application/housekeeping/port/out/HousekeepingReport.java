package dev.warden.application.housekeeping.port.out;

/** Hears what housekeeping removed: bootstrap logs it and counts it. */
public interface HousekeepingReport {

    /** {@code rows} of kind {@code what} were removed by one sweep (called once per kind and sweep, also with 0). */
    void removed(String what, long rows);
}
