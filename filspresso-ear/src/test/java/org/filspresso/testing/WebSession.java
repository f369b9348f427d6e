package org.filspresso.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session without a browser: cookies kept, Faces forms read from the page and posted
 * back with their hidden fields (view state included) — or without them, to play a forger.
 */
public final class WebSession {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A session with the integration-test domain. */
    public WebSession() {
        this(Deployments.baseUri());
    }

    public WebSession(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Submits the form {@code formId} of the page last fetched from {@code page}, with these fields and this button. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(hiddenFields(page.body(), formId));
        form.putAll(fields);
        form.put(button, button);
        return post(page.uri(), form);
    }

    /** Posts like another site would: the form's fields, but no view state of this session. */
    public HttpResponse<String> forge(URI target, String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, button);
        form.put("jakarta.faces.ViewState", "-4242424242424242424:1234567890123456789");
        return post(target, form);
    }

    public HttpResponse<String> post(URI target, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A JSON request to the REST API with this session's cookies (a signed-in user calling the API from the page). */
    public HttpResponse<String> json(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, publisher).timeout(Duration.ofMinutes(10)).build());
    }

    /** A session of the first administrator (created at deployment), signed in through the login page on the way to {@code page}. */
    public static WebSession signedInAdmin(String page) {
        WebSession admin = new WebSession();
        HttpResponse<String> login = admin.get(page);
        if (!login.uri().getPath().equals("/login")) {
            throw new IllegalStateException(page + " did not ask to sign in: " + login.uri());
        }
        HttpResponse<String> landed = admin.submit(login, "login", "login:signIn", Map.of(
                "login:email", "admin@filspresso.local", "login:password", System.getProperty("it.admin.password")));
        if (!landed.uri().getPath().equals("/" + page)) {
            throw new IllegalStateException("The administrator did not land on " + page + " but on " + landed.uri());
        }
        return admin;
    }

    /** Creates a customer account through the register page; the session is then signed in as that customer. */
    public HttpResponse<String> register(String name, String email, String password) {
        HttpResponse<String> page = get("register");
        return submit(page, "register", "register:createAccount",
                Map.of("register:fullName", name, "register:email", email, "register:password", password));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie, as an attacker who planted a session id would. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    static Map<String, String> hiddenFields(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalStateException("No form " + formId + " on the page");
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
