package org.filspresso.web.account;

import java.io.Serializable;
import org.filspresso.account.PostalAddress;

/** The fields of an address form (account address book, checkout); checked by {@link PostalAddress#of}. */
public class AddressForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String fullName;
    private String street;
    private String city;
    private String county;
    private String postalCode;
    private String phone;

    /** The checked address, or an InvalidInputException naming the wrong fields. */
    public PostalAddress toPostalAddress() {
        return PostalAddress.of(fullName, street, city, county, postalCode, phone);
    }

    public void clear() {
        fullName = street = city = county = postalCode = phone = null;
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCounty() { return county; }
    public void setCounty(String county) { this.county = county; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
