package org.filspresso.ai.brew;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CupSize;

/**
 * What a person asked of their machine, read from their words: whether it is a brew request at all,
 * and every value they stated themselves (cup size, volume, temperature, pre-infusion, capsule
 * system, strength, decaf). Stated values are the person's and are checked, never guessed; the
 * model fills in only what was left unsaid.
 *
 * @param notBrewing why no command should come of the text; empty for a brew request
 */
public record BrewWishes(Optional<String> notBrewing, Optional<CupSize> cupSize, OptionalInt volumeMl, OptionalInt temperatureC,
                         OptionalInt preInfusionMs, Optional<CapsuleSystem> system, Strength strength, boolean decaf,
                         boolean milkDrink) {

    public enum Strength { STRONG, MILD, ANY }

    private static final Pattern QUESTION = Pattern.compile(
            "^(what|why|how|which|when|where|who|is|are|does|do|did|should|explain|tell me|compare|describe)\\b");
    private static final Pattern POLITE_REQUEST = Pattern.compile("^(can|could|would|will) you\\b|^(can|could|may) i (have|get)\\b");
    private static final Pattern SHOPPING = Pattern.compile("\\b(cart|basket|checkout|check out|buy|purchase|order (some|more|a box|\\d+)|sleeves?|deliver(y|ed)?)\\b");
    private static final Pattern BREW_VERB = Pattern.compile(
            "\\b(make|brew|prepare|pour|start|run|fix|fill|get me|give me|i'd like|i would like|i want|i need|let's have|another|one more|please)\\b");
    private static final Pattern DRINK = Pattern.compile(
            "\\b(coffee|espresso|ristretto|lungo|mug|alto|shot|doppio|cup|americano|carafe|decaf|cappuccino|latte|flat white|macchiato|brew|one)\\b");

    /** Cup sizes by the words people use for them, longest phrase first. */
    private static final List<Map.Entry<Pattern, CupSize>> CUP_WORDS = List.of(
            Map.entry(Pattern.compile("\\bgran lungo\\b"), CupSize.GRAN_LUNGO),
            Map.entry(Pattern.compile("\\b(double espresso|double shot|doppio)\\b"), CupSize.DOUBLE_ESPRESSO),
            Map.entry(Pattern.compile("\\b(ristretto|very short)\\b"), CupSize.RISTRETTO),
            Map.entry(Pattern.compile("\\b(lungo|long coffee|long black)\\b"), CupSize.LUNGO),
            Map.entry(Pattern.compile("\\b(alto|largest)\\b"), CupSize.ALTO),
            Map.entry(Pattern.compile("\\b(mug|big (cup|coffee)|large (cup|coffee))\\b"), CupSize.MUG),
            Map.entry(Pattern.compile("\\bcarafe\\b"), CupSize.CARAFE),
            Map.entry(Pattern.compile("\\b(espresso|short black|single shot)\\b"), CupSize.ESPRESSO));
    /** Verbs that only make sense for a drink: "pour me something small" asks for coffee. */
    private static final Pattern DRINK_VERB = Pattern.compile("\\b(brew|pour)\\b");
    /** "A large coffee to share", "two espressos": a drink ordered by naming it. */
    private static final Pattern NAMED_ORDER = Pattern.compile("^(a|an|one|two|another)\\b[^.?!]{0,30}?\\b(coffee|espresso|ristretto|lungo|mug|alto|shot|cup)");
    private static final Pattern MILK = Pattern.compile("\\b(cappuccino|latte|flat white|macchiato|cortado)\\b");

    private static final Pattern MILLILITRES = Pattern.compile("(\\d{1,5})\\s*(ml|millilit(?:er|re)s?)\\b");
    private static final Pattern CENTILITRES = Pattern.compile("(\\d{1,3}(?:[.,]\\d)?)\\s*(cl|centilit(?:er|re)s?)\\b");
    private static final Pattern OUNCES = Pattern.compile("(\\d{1,3}(?:[.,]\\d)?)\\s*(oz|ounces?)\\b");
    private static final Pattern CELSIUS = Pattern.compile("(-?\\d{1,4})\\s*(°\\s*c?|º\\s*c?|degrees?(?: c(?:elsius)?)?|deg\\b|c\\b)(?!\\s*f)");
    private static final Pattern FAHRENHEIT = Pattern.compile("(\\d{2,4})\\s*(°\\s*f|º\\s*f|f\\b|fahrenheit|degrees? f(?:ahrenheit)?)");
    private static final Pattern TEMPERATURE_SETTING = Pattern.compile("\\btemp(?:erature)?(?:_c)?\\s*(?:to|of|at|=|:|is)?\\s*(-?\\d{1,4})");
    private static final Pattern PRE_INFUSION_AFTER = Pattern.compile(
            "pre[-_ ]?infus\\w*(?:_ms)?\\s*(?:of|for|to|=|:)?\\s*(\\d{1,6}(?:[.,]\\d+)?)\\s*(ms|milliseconds?|s|secs?|seconds?)?\\b");
    private static final Pattern PRE_INFUSION_BEFORE = Pattern.compile(
            "(\\d{1,6}(?:[.,]\\d+)?)\\s*(ms|milliseconds?|s|secs?|seconds?)\\s*(?:of\\s+)?pre[-_ ]?infus");
    private static final Pattern NO_PRE_INFUSION = Pattern.compile("\\b(no|without|skip(?: the)?)\\s+pre[-_ ]?infus");
    private static final Pattern STRONG = Pattern.compile("\\b(strong|stronger|strongest|intense|bold|punchy|kick|dark|robust)\\b");
    private static final Pattern MILD = Pattern.compile("\\b(mild|light|gentle|smooth|soft|weak|delicate)\\b");
    private static final Pattern DECAF = Pattern.compile("\\b(decaf|decaffeinated|caffeine[- ]free|no caffeine|without caffeine)\\b");

    public static BrewWishes read(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        Optional<String> notBrewing = notBrewing(lower);
        Optional<CupSize> cup = CUP_WORDS.stream().filter(entry -> entry.getKey().matcher(lower).find()).map(Map.Entry::getValue).findFirst();
        Optional<CapsuleSystem> system = lower.contains("vertuo") ? Optional.of(CapsuleSystem.VERTUO)
                : lower.matches(".*\\boriginal\\b.*") ? Optional.of(CapsuleSystem.ORIGINAL) : Optional.empty();
        Strength strength = STRONG.matcher(lower).find() ? Strength.STRONG : MILD.matcher(lower).find() ? Strength.MILD : Strength.ANY;
        return new BrewWishes(notBrewing, cup, volume(lower), temperature(lower), preInfusion(lower), system, strength,
                DECAF.matcher(lower).find(), MILK.matcher(lower).find());
    }

    public boolean isBrewRequest() {
        return notBrewing.isEmpty();
    }

    private static Optional<String> notBrewing(String lower) {
        if (lower.isEmpty()) {
            return Optional.of("The text is empty.");
        }
        if (SHOPPING.matcher(lower).find() && !BREW_VERB.matcher(lower.replaceAll("\\b(order|buy)\\b", "")).find()) {
            return Optional.of("This is about shopping, not about brewing: nothing to send to a machine.");
        }
        if (QUESTION.matcher(lower).find() && !POLITE_REQUEST.matcher(lower).find()) {
            return Optional.of("This is a question about coffee, not a request to brew one: nothing to send to a machine.");
        }
        boolean drink = DRINK.matcher(lower).find() || DRINK_VERB.matcher(lower).find()
                || CUP_WORDS.stream().anyMatch(entry -> entry.getKey().matcher(lower).find());
        if (!drink) {
            return Optional.of("No coffee is asked for: nothing to send to a machine.");
        }
        boolean asked = BREW_VERB.matcher(lower).find() || POLITE_REQUEST.matcher(lower).find() || NAMED_ORDER.matcher(lower).find()
                || lower.split(" ").length <= 5; // "A double espresso!" — a drink named on its own is an order
        return asked ? Optional.empty() : Optional.of("This mentions coffee but asks for nothing to be brewed.");
    }

    private static OptionalInt volume(String lower) {
        Matcher ml = MILLILITRES.matcher(lower);
        if (ml.find()) {
            return OptionalInt.of(Integer.parseInt(ml.group(1)));
        }
        Matcher cl = CENTILITRES.matcher(lower);
        if (cl.find()) {
            return OptionalInt.of((int) Math.round(number(cl.group(1)) * 10));
        }
        Matcher oz = OUNCES.matcher(lower);
        return oz.find() ? OptionalInt.of((int) Math.round(number(oz.group(1)) * 29.5735)) : OptionalInt.empty();
    }

    private static OptionalInt temperature(String lower) {
        Matcher fahrenheit = FAHRENHEIT.matcher(lower);
        if (fahrenheit.find()) {
            return OptionalInt.of((int) Math.round((Integer.parseInt(fahrenheit.group(1)) - 32) / 1.8));
        }
        Matcher setting = TEMPERATURE_SETTING.matcher(lower);
        if (setting.find()) {
            return OptionalInt.of(Integer.parseInt(setting.group(1)));
        }
        Matcher celsius = CELSIUS.matcher(lower);
        while (celsius.find()) {
            // "c" alone only after a number that could be a temperature ("92c"), not "2 c" of anything else
            if (!celsius.group(2).equals("c") || Integer.parseInt(celsius.group(1)) >= 40) {
                return OptionalInt.of(Integer.parseInt(celsius.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt preInfusion(String lower) {
        if (NO_PRE_INFUSION.matcher(lower).find()) {
            return OptionalInt.of(0);
        }
        for (Pattern pattern : List.of(PRE_INFUSION_AFTER, PRE_INFUSION_BEFORE)) {
            Matcher matcher = pattern.matcher(lower);
            if (matcher.find()) {
                double amount = number(matcher.group(1));
                String unit = matcher.group(2);
                boolean millis = unit != null ? unit.startsWith("m") : amount > 20; // "pre-infusion 1500" means ms
                return OptionalInt.of((int) Math.round(millis ? amount : amount * 1000));
            }
        }
        return OptionalInt.empty();
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }
}
