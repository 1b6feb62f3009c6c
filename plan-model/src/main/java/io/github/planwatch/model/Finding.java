package io.github.planwatch.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A risk to a plan that a rule found: what it is (a stable code such as {@code STALE_DATA}), how
 * serious, what it concerns, the evidence it rests on, and a message in Chinese and English.
 *
 * <p>The evidence is a map from a name (such as {@code latestYear}) to a value written as text;
 * it is kept sorted by name so that equal findings print the same way. Immutable and thread-safe.
 *
 * @param code  the finding's stable code: upper-case letters, digits and '_', starting with a letter, not null
 * @param severity  how serious it is, not null
 * @param subjectKind  the kind of thing it concerns, not null
 * @param subjectId  the id of the thing it concerns, not blank
 * @param evidence  the facts it rests on, by name, not null
 * @param message  what it means, in Chinese and English, not null
 */
public record Finding(String code, Severity severity, SubjectKind subjectKind, String subjectId,
                      Map<String, String> evidence, LocalizedText message) {

    /** The form of a code, compiled once rather than for every finding. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Checks the parts and sorts the evidence.
     *
     * @param code  the finding's stable code: upper-case letters, digits and '_', starting with a letter, not null
     * @param severity  how serious it is, not null
     * @param subjectKind  the kind of thing it concerns, not null
     * @param subjectId  the id of the thing it concerns, not blank
     * @param evidence  the facts it rests on, by name, not null
     * @param message  what it means, in Chinese and English, not null
     */
    public Finding {
        Checks.requireText(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw Checks.refusedOf("code", "finding.code", Message.quoted(code));
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Checks.requireText(subjectId, "subjectId");
        Objects.requireNonNull(evidence, "evidence");
        TreeMap<String, String> sorted = new TreeMap<>();
        evidence.forEach((name, value) -> {
            Checks.requireText(name, "evidence name");
            sorted.put(name, Objects.requireNonNull(value, "evidence[" + name + "]"));
        });
        evidence = Collections.unmodifiableSortedMap(sorted);
        Objects.requireNonNull(message, "message");
    }

    /**
     * Obtains a finding.
     *
     * @param code  the stable code, not null
     * @param severity  how serious it is, not null
     * @param subjectKind  the kind of thing it concerns, not null
     * @param subjectId  the id of the thing it concerns, not blank
     * @param evidence  the facts it rests on, not null
     * @param message  what it means, not null
     * @return the finding, not null
     */
    public static Finding of(String code, Severity severity, SubjectKind subjectKind, String subjectId,
                             Map<String, String> evidence, LocalizedText message) {
        return new Finding(code, severity, subjectKind, subjectId, evidence, message);
    }

    /**
     * Checks whether the finding concerns a given thing.
     *
     * @param kind  the kind of thing, not null
     * @param id  its id, not null
     * @return true if the finding's subject is that thing
     */
    public boolean isAbout(SubjectKind kind, String id) {
        return subjectKind == kind && subjectId.equals(id);
    }
}
