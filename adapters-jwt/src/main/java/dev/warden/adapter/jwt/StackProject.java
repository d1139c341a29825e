package dev.warden.adapter.jwt;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The one Stack Auth project the service stands for ({@code AUTH_STACK_PROJECT_ID}): the {@code project_id} of the
 * access tokens' Stack claims, which Stack's SDK requires of a token before it uses it.
 */
@ConfigurationProperties("auth.stack")
public record StackProject(@Bindable(defaultValue = "internal") String projectId) {
}
