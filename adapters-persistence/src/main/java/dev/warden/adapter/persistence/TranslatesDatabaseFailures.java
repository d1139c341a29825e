package dev.warden.adapter.persistence;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an adapter whose calls turn a lost database connection into {@code BackingServiceUnavailable}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
@Type(DatabaseFailureInterceptor.class)
@interface TranslatesDatabaseFailures {
}
