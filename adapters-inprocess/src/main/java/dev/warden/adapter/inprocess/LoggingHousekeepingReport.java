package dev.warden.adapter.inprocess;

import dev.warden.application.housekeeping.port.out.HousekeepingReport;

/** Housekeeping's report in the log: a line per kind that lost rows (at debug level when nothing went). */
public final class LoggingHousekeepingReport implements HousekeepingReport {
    private static final System.Logger LOG = System.getLogger(LoggingHousekeepingReport.class.getName());

    @Override
    public void removed(String what, long rows) {
        LOG.log(rows > 0 ? System.Logger.Level.INFO : System.Logger.Level.DEBUG,
                "Housekeeping removed {0} {1}", rows, what);
    }
}
