package org.filspresso.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.filspresso.account.PasswordHashing;
import org.filspresso.account.Role;

/**
 * Jakarta Security for the shop: our own /login page, accounts checked against the customer table
 * (PBKDF2 hashes), the role column as the caller's group. A visitor stopped by a constraint goes to
 * /login?next=<the page> (the login page is an expression: {@link SignInAddress}) and back after signing in. Pages needing a role are listed in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "#{signInAddress.path}", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/filspresso",
        callerQuery = "SELECT password_hash FROM customer WHERE email = ?",
        groupsQuery = "SELECT role FROM customer WHERE email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE, PasswordHashing.KEY_SIZE})
@DeclareRoles({Role.CUSTOMER_ROLE, Role.ADMIN_ROLE})
@ApplicationScoped
public class SecurityConfiguration {
}
