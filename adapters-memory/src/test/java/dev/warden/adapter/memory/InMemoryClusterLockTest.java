package dev.warden.adapter.memory;

import dev.warden.application.housekeeping.port.out.ClusterLock;
import dev.warden.application.housekeeping.port.out.ClusterLockContract;

class InMemoryClusterLockTest extends ClusterLockContract {
    private final InMemoryClusterLock lock = new InMemoryClusterLock();

    @Override
    protected ClusterLock lock() {
        return lock;
    }

    @Override
    protected ClusterLock otherInstance() {
        return lock; // this process is the whole cluster
    }
}
