package org.filspresso.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** WCAG 2.1 AA checks with axe-core in the browser the test drives. */
public final class Accessibility {

    private Accessibility() {
    }

    /** Opens each page and lists what axe-core finds wrong, one line per rule and page. */
    public static List<String> violations(WebDriver browser, List<String> pages) {
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.get(Browser.url(page));
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            results.getViolations().forEach(rule -> violations.add("/" + page + ": " + rule.getId() + " (" + rule.getImpact()
                    + "), " + rule.getNodes().size() + " element(s), e.g. " + rule.getNodes().get(0).getTarget()));
        }
        return violations;
    }
}
