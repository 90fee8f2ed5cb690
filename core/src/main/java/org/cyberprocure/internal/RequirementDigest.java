package org.cyberprocure.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cyberprocure.ConfigurationException;
import org.cyberprocure.model.Requirement;

/**
 * A short fingerprint of a requirement's definition in the rule pack (everything the catalog says about it:
 * title, source, applicability, legal force, severity, knock-out flag, questions, remediation...). Recorded in every
 * assessment so that a comparison of two assessments tells a requirement the rule pack changed from a vendor's
 * changed answers.
 */
public final class RequirementDigest {
    private static final int HEX_CHARS = 16; // 64 bits: a label, not a security boundary

    private RequirementDigest() {
    }

    public static String of(Requirement requirement) {
        try {
            byte[] definition = JsonMappers.TRUSTED.writeValueAsBytes(requirement);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(definition))
                    .substring(0, HEX_CHARS);
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("cannot fingerprint requirement " + requirement.id(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
