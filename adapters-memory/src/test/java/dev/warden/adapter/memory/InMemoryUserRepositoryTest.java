package dev.warden.adapter.memory;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.port.out.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
    private final InMemoryUserRepository repository = new InMemoryUserRepository();

    @Override
    protected UserRepository repository() {
        return repository;
    }
}
