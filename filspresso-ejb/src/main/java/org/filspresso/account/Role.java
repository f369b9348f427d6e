package org.filspresso.account;

/** What a signed-in person may do. The names are the Jakarta Security groups and roles. */
public enum Role {
    CUSTOMER,
    ADMIN;

    public static final String CUSTOMER_ROLE = "CUSTOMER";
    public static final String ADMIN_ROLE = "ADMIN";
}
