package dev.warden.adapter.memory;

import dev.warden.application.port.out.UserRepository;
import dev.warden.application.port.out.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
    private final InMemoryUserRepository repository = new InMemoryUserRepository();

    @Override
    protected UserRepository repository() {
        return repository;
    }
}
