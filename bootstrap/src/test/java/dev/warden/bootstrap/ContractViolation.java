package dev.warden.bootstrap;

/**
 * One way an exchange departs from the OpenAPI document.
 *
 * @param operation the method and the document's path template ({@code POST /api/auth/login}), or the request's
 *     path where no template matches
 * @param detail what departs, with the schema location and the validator's errors
 */
record ContractViolation(Kind kind, String operation, int status, String detail) {

    enum Kind {
        /** No path template matches, and the reply is not the contract's 404. */
        UNKNOWN_PATH,
        /** The path has no operation for the method, and the reply is not the contract's 405. */
        UNDOCUMENTED_METHOD,
        /** The document does not describe the request, yet the reply is not one of the operation's 4xx. */
        REQUEST_NOT_DESCRIBED,
        /** The operation lists neither the reply's status nor a default. */
        UNDOCUMENTED_STATUS,
        /** The reply's Content-Type is none of those the documented response declares. */
        CONTENT_TYPE,
        /** A header the documented response requires is missing, or one it documents does not match its schema. */
        HEADER_MISMATCH,
        /** The reply's body does not validate against the documented response's schema. */
        BODY_MISMATCH
    }

    @Override
    public String toString() {
        return kind + " " + operation + " -> " + status + ": " + detail;
    }
}
