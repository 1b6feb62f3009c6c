package io.github.planwatch.model;

/** What kind of body an organisation is. */
public enum OrganisationKind {
    /** A general office of a people's government that issues documents (人民政府办公室). */
    GOVERNMENT_OFFICE,
    /** A department, bureau, office or centre of the municipal government (市经信局, 市投资促进中心). */
    MUNICIPAL_DEPARTMENT,
    /** A department of the municipal Party committee (市委宣传部, 市委人才办). */
    PARTY_DEPARTMENT,
    /** The government of one district, county or county-level city (柯桥区政府, 诸暨市政府). */
    DISTRICT_OR_COUNTY_GOVERNMENT,
    /** The governments of all districts, counties and county-level cities together (各区、县（市）政府). */
    ALL_DISTRICT_AND_COUNTY_GOVERNMENTS,
    /** The administration of a new area or development zone (滨海新区管委会, 镜湖新区开发办). */
    ZONE_ADMINISTRATION,
    /** A state-owned enterprise group (黄酒集团, 市城投集团). */
    STATE_OWNED_GROUP,
    /** A customs office (绍兴海关). */
    CUSTOMS,
    /** A committee set up to coordinate work across units (专门委员会). */
    COMMITTEE
}
