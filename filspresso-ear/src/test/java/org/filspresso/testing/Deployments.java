package org.filspresso.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR this module built, deployed as is: integration tests exercise the real artifact. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive filspressoEar() {
        File ear = new File(System.getProperty("it.ear", "target/filspresso.ear"));
        return ShrinkWrap.create(ZipImporter.class, "filspresso.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The same EAR with the given test classes (and AssertJ) added to its web module, so that Arquillian
     * runs them inside the server with the application's EJBs injected.
     */
    public static EnterpriseArchive filspressoEarWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = filspressoEar();
        WebArchive web = ear.getAsType(WebArchive.class, "filspresso-web.war");
        // The clean-URL filter would take Arquillian's test servlet address for a page address.
        String webXml = new String(readAll(web.get("WEB-INF/web.xml").getAsset().openStream()), StandardCharsets.UTF_8);
        web.setWebXML(new StringAsset(webXml.replace("!/openapi", "!/openapi, !/ArquillianServletRunnerEE9")));
        // In the WAR, whose class loader sees the EJB module (the EAR's lib folder does not).
        web.addClasses(testClasses).addPackage(Deployments.class.getPackage()).addAsLibrary(jarOf(Assertions.class));
        return ear;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application root on the test domain's HTTP listener. */
    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("it.http.port", "28080") + "/");
    }
}
