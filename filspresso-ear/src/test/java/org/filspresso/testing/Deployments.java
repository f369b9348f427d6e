package org.filspresso.testing;

import java.io.File;
import java.net.URI;
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

    /** The application root on the test domain's HTTP listener. */
    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("it.http.port", "28080") + "/");
    }
}
