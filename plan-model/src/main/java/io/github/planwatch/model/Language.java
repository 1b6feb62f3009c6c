package io.github.planwatch.model;

/** A language that planwatch writes its texts in. */
public enum Language {
    /** Chinese, the language of the plan. */
    ZH,
    /** English. */
    EN
}
