package org.filspresso.ai.recommend;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What a request such as "something fruity and mild for tonight" says about taste, in the catalog's aromatic notes. */
public final class TasteWords {

    /** Catalog note to the words people use for it. */
    private static final Map<String, Pattern> NOTES = new LinkedHashMap<>();

    static {
        note("fruity", "fruit|fruity|fruits");
        note("berry", "berry|berries|red fruits?");
        note("citrus", "citrus|lemon|orange|zesty|bright");
        note("cocoa", "cocoa|chocolate|chocolatey|chocolaty");
        note("caramel", "caramel|toffee");
        note("nutty", "nut|nuts|nutty");
        note("hazelnut", "hazelnut");
        note("almond", "almond");
        note("floral", "floral|flowers?|jasmine");
        note("spicy", "spice|spices|spicy|pepper");
        note("woody", "wood|woody");
        note("cereal", "cereal|grain|grainy|toast|toasted");
        note("biscuit", "biscuit|biscuits|cookie|cookies");
        note("malty", "malt|malty");
        note("honey", "honey");
        note("vanilla", "vanilla");
        note("creamy", "creamy|velvety");
        note("roasted", "roasted|roasty|dark roast");
        note("smoky", "smoky|smoke");
        note("earthy", "earthy");
        note("winey", "wine|winey|winy");
        note("sweet", "sweet");
        note("balanced", "balanced|round");
    }

    private static final Pattern STRONG = Pattern.compile("\\b(strong|stronger|intense|bold|punchy|robust)\\b");
    private static final Pattern MILD = Pattern.compile("\\b(mild|light|gentle|soft|smooth|delicate)\\b");
    private static final Pattern DECAF = Pattern.compile("\\b(decaf|decaffeinated|caffeine[- ]free|no caffeine|without caffeine)\\b");
    private static final Pattern NEW = Pattern.compile("\\b(new|different|something else|never tried|haven't tried|discover|surprise)\\b");

    private TasteWords() {
    }

    private static void note(String note, String words) {
        NOTES.put(note, Pattern.compile("\\b(" + words + ")\\b"));
    }

    public static Set<String> notes(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> found = new TreeSet<>();
        NOTES.forEach((note, words) -> {
            if (words.matcher(lower).find()) {
                found.add(note);
            }
        });
        return found;
    }

    public static Set<Taste.Request> requests(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        Set<Taste.Request> asked = EnumSet.noneOf(Taste.Request.class);
        if (STRONG.matcher(lower).find()) {
            asked.add(Taste.Request.STRONG);
        }
        if (MILD.matcher(lower).find()) {
            asked.add(Taste.Request.MILD);
        }
        if (DECAF.matcher(lower).find()) {
            asked.add(Taste.Request.DECAF);
        }
        if (NEW.matcher(lower).find()) {
            asked.add(Taste.Request.SOMETHING_NEW);
        }
        return asked;
    }
}
