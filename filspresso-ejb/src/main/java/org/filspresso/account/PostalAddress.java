package org.filspresso.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;

/**
 * Where a parcel goes: a Romanian address (the shop delivers in Romania). Saved in the address
 * book and copied onto each order, so that editing the book never rewrites a receipt.
 */
@Embeddable
public class PostalAddress {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{6}");
    private static final Pattern PHONE = Pattern.compile("(\\+40|0)\\d{9}");

    @Column(name = "full_name")
    private String fullName;
    private String street;
    private String city;
    private String county;
    @Column(name = "postal_code")
    private String postalCode;
    private String phone;

    protected PostalAddress() {
        // for JPA
    }

    private PostalAddress(String fullName, String street, String city, String county, String postalCode, String phone) {
        this.fullName = fullName;
        this.street = street;
        this.city = city;
        this.county = county;
        this.postalCode = postalCode;
        this.phone = phone;
    }

    /** A checked address, or an {@link InvalidInputException} naming every wrong field. */
    public static PostalAddress of(String fullName, String street, String city, String county, String postalCode, String phone) {
        String cleanPhone = phone == null ? "" : phone.replaceAll("[\\s.-]", "");
        List<FieldError> errors = new ArrayList<>();
        required(errors, "fullName", "Full name", fullName, 100);
        required(errors, "street", "Street and number", street, 200);
        required(errors, "city", "City", city, 80);
        required(errors, "county", "County", county, 80);
        if (postalCode == null || !POSTAL_CODE.matcher(postalCode.strip()).matches()) {
            errors.add(new FieldError("postalCode", "Postal code: enter the 6 digits of a Romanian postal code."));
        }
        if (!PHONE.matcher(cleanPhone).matches()) {
            errors.add(new FieldError("phone", "Phone: enter a Romanian number such as 0722 123 456 or +40 722 123 456."));
        }
        InvalidInputException.throwIf(errors);
        return new PostalAddress(fullName.strip(), street.strip(), city.strip(), county.strip(), postalCode.strip(), cleanPhone);
    }

    private static void required(List<FieldError> errors, String field, String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, label + " is required."));
        } else if (value.strip().length() > maxLength) {
            errors.add(new FieldError(field, label + " must be at most " + maxLength + " characters."));
        }
    }

    public String fullName() {
        return fullName;
    }

    public String street() {
        return street;
    }

    public String city() {
        return city;
    }

    public String county() {
        return county;
    }

    public String postalCode() {
        return postalCode;
    }

    public String phone() {
        return phone;
    }

    /** One line for pickers and receipts. */
    public String oneLine() {
        return fullName + ", " + street + ", " + postalCode + " " + city + ", " + county;
    }
}
