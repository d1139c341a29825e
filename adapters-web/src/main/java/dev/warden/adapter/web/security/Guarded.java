package dev.warden.adapter.web.security;

import dev.warden.domain.guard.Guard;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The guard an endpoint needs; {@link GuardRule} checks it for bearer and session callers alike. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Guarded {
    Guard value();
}
