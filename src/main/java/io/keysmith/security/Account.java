package io.keysmith.security;

/** A user who may log in: a name and a password hash in Spring Security's format (bcrypt, with or without {@code {bcrypt}}). */
public record Account(String name, String passwordHash) {

    /** Names the user only: a hash in a log is a password to crack offline. */
    @Override
    public String toString() {
        return "Account[" + name + "]";
    }

    /** Whether the hash is one {@code SecurityConfig}'s password encoder can check. */
    boolean hasUsableHash() {
        return passwordHash != null && passwordHash.replaceFirst("^\\{bcrypt}", "").matches("\\$2[aby]?\\$\\d\\d\\$.{53}");
    }
}
