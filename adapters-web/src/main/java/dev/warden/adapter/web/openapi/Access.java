package dev.warden.adapter.web.openapi;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The names of the security schemes of the document, and the one list of them a protected endpoint accepts. */
public final class Access {
    public static final String BEARER = "bearer";
    public static final String PASSWORD = "password";
    public static final String SESSION = "session";
    public static final String TOKEN = "token";
    public static final String BASIC = "basic";

    private Access() {}

    /** Documents an endpoint as protected: any one of the credentials of the contract opens it. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @SecurityRequirement(name = BEARER)
    @SecurityRequirement(name = PASSWORD)
    @SecurityRequirement(name = SESSION)
    @SecurityRequirement(name = TOKEN)
    @SecurityRequirement(name = BASIC)
    public @interface Credentials {}
}
