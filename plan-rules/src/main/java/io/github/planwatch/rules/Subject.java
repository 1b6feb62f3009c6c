package io.github.planwatch.rules;

import io.github.planwatch.model.Baseline;
import io.github.planwatch.model.LocalizedText;
import io.github.planwatch.model.SubjectKind;

/**
 * A fact: something whose values are observed, an indicator or a target stated in a task or
 * key-work item, with what the rules need to speak of it.
 *
 * @param id  the id observations are keyed by
 * @param kind  INDICATOR or TARGET
 * @param ownerKind  INDICATOR, TASK or KEY_WORK_ITEM
 * @param ownerId  the owner's id
 * @param name  what is measured, for messages
 * @param baseline  the plan's baseline, or null
 * @param trackedFrom  the first year in which values are expected: the plan's first year for an
 *        indicator, the first year of the span for a target
 */
record Subject(String id, SubjectKind kind, SubjectKind ownerKind, String ownerId, LocalizedText name,
               Baseline baseline, int trackedFrom) {
}
