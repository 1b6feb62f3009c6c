package io.github.planwatch.model;

/** The shape of a target, as the methodology distinguishes them. */
public enum TargetKind {
    /** A level to reach in one year: "GDP of 6800 (亿元) or more in 2022". */
    LEVEL,
    /** A growth rate to keep in every year of a span: "每年保持10%以上增长". */
    YEARLY_GROWTH,
    /** A count to reach in every year of a span: "每年承办国际A类赛事2项以上". */
    YEARLY_COUNT,
    /** A value to hold inside a band in every year of a span: "保持在13%左右". */
    HOLD_BAND,
    /** A running total to reach by the last year of a span: "到2022年……20家以上". */
    CUMULATIVE,
    /**
     * A position to reach in a named ranking in one year, where a lower number is better:
     * "重返全国城市综合经济实力'30强'" is rank 30 or better (AT_MOST 30).
     */
    RANK,
    /**
     * A dated yes/no commitment, met when it is reported done with evidence by its day: "申报创建东亚文化之都",
     * "力争绍兴综合保税区获批落地" in the 2020 key-work list.
     */
    MILESTONE
}
