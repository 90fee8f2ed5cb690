package org.cyberprocure.cli.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may use the server: the access token (required on any address but loopback, optional there) and the browser
 * sessions of the workbench, each with its CSRF token. Tokens and session ids are compared in constant time
 * (SHA-256 digests compared with {@link MessageDigest#isEqual}, so neither content nor length leaks through timing).
 *
 * <p>Sessions live in memory only: a restart logs everyone out. A session is made for any browser that opens a page
 * (it carries the CSRF token of the forms); it is <em>authenticated</em> when no token is required, or after a login
 * with the token, which also gives it a fresh id (no session fixation).
 */
public final class AccessControl {
    /** The session cookie: HttpOnly, SameSite=Strict, path /. */
    public static final String SESSION_COOKIE = "cyberprocure_session";
    /** How long an unused session lives. */
    static final Duration IDLE_LIMIT = Duration.ofHours(12);
    /** The most sessions kept; the least recently used goes first. */
    static final int MAX_SESSIONS = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A browser session. */
    public static final class Session {
        private final String id;
        private final String csrfToken;
        private final boolean authenticated;
        private volatile Instant lastUsed;

        Session(String id, String csrfToken, boolean authenticated, Instant now) {
            this.id = id;
            this.csrfToken = csrfToken;
            this.authenticated = authenticated;
            this.lastUsed = now;
        }

        public String id() {
            return id;
        }

        /** The value the workbench's forms send back as {@code _csrf}. */
        public String csrfToken() {
            return csrfToken;
        }

        public boolean authenticated() {
            return authenticated;
        }
    }

    private final byte[] tokenDigest;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private AccessControl(String token, Clock clock) {
        this.tokenDigest = token == null ? null : sha256(token);
        this.clock = clock;
    }

    /** No token: every request from an allowed Host is let in (loopback only, see ServeCommand). */
    public static AccessControl open() {
        return new AccessControl(null, Clock.systemUTC());
    }

    /** Every request must show this token (API: {@code Authorization: Bearer}; pages: a login). */
    public static AccessControl withToken(String token) {
        if (token == null || token.strip().length() < 16) {
            throw new IllegalArgumentException("the access token must have at least 16 characters");
        }
        return new AccessControl(token.strip(), Clock.systemUTC());
    }

    public boolean tokenRequired() {
        return tokenDigest != null;
    }

    /** Whether a token given by a client is the access token (constant time); false when none is required. */
    public boolean matches(String candidate) {
        return tokenDigest != null && candidate != null && MessageDigest.isEqual(tokenDigest, sha256(candidate.strip()));
    }

    /** Whether an {@code Authorization} header carries the access token, or none is required. */
    public boolean allowsBearer(String authorization) {
        if (tokenDigest == null) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return matches(authorization.substring(7));
    }

    /** The live session with this id, if any (its idle time restarts). */
    public Optional<Session> session(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // Looked up by digest-free map access: the id is 256 random bits, not a secret that timing could reveal bit
        // by bit, because a wrong guess tells nothing about the right one.
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastUsed.plus(IDLE_LIMIT).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.lastUsed = now;
        return Optional.of(session);
    }

    /** A new session: authenticated when no token is required. */
    public Session newSession() {
        return add(!tokenRequired());
    }

    /** After a successful login: a fresh, authenticated session replacing the old one (no fixation). */
    public Session login(Session old) {
        if (old != null) {
            sessions.remove(old.id());
        }
        return add(true);
    }

    /** Ends a session. */
    public void logout(Session session) {
        if (session != null) {
            sessions.remove(session.id());
        }
    }

    /** Whether a form's CSRF value is this session's (constant time). */
    public static boolean csrfMatches(Session session, String candidate) {
        return session != null && candidate != null && MessageDigest.isEqual(sha256(session.csrfToken()),
                sha256(candidate));
    }

    int sessionCount() {
        return sessions.size();
    }

    private Session add(boolean authenticated) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> s.lastUsed.plus(IDLE_LIMIT).isBefore(now));
            while (sessions.size() >= MAX_SESSIONS) {
                sessions.values().stream().min(Comparator.comparing((Session s) -> s.lastUsed))
                        .ifPresent(s -> sessions.remove(s.id()));
            }
        }
        Session session = new Session(random(), random(), authenticated, now);
        sessions.put(session.id(), session);
        return session;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
