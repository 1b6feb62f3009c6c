package io.github.planwatch.model;

/**
 * What kind of body an organisation is: the kinds of a Chinese city's units, then those of any other
 * issuer or owner of a plan.
 */
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
    COMMITTEE,
    /** The government of a state as a whole, or its cabinet (the Federal Government, 国务院). */
    NATIONAL_GOVERNMENT,
    /** The government of a region, province, state of a federation or other subnational territory (a Land, 省政府). */
    REGIONAL_GOVERNMENT,
    /** The government of a municipality or other local authority outside the Chinese kinds above (a city council). */
    LOCAL_GOVERNMENT,
    /** A ministry or department of a government (a federal ministry, 部委). */
    MINISTRY,
    /** An agency, office or authority under a government (a statistics office, a regulator). */
    AGENCY,
    /** A parliament, assembly or council that makes laws (the European Parliament, 人大). */
    LEGISLATURE,
    /** A body of several states (the European Commission, the European Council, a UN agency). */
    SUPRANATIONAL_BODY,
    /** A company, state-owned or private, outside the Chinese state-owned groups above. */
    COMPANY,
    /** An association, federation, chamber or non-governmental organisation. */
    ASSOCIATION,
    /** Any other body. */
    OTHER
}
