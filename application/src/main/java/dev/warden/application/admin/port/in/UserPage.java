package dev.warden.application.admin.port.in;

import dev.warden.domain.user.User;
import java.util.List;

/** One page of users, and how many there are in all. */
public record UserPage(List<User> users, int page, int size, long total) {
    public UserPage {
        users = List.copyOf(users);
    }
}
