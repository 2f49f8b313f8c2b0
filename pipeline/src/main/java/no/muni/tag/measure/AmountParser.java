package no.muni.tag.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Amount;

/**
 * NOK amounts as Norwegian documents write them: "0.5 millioner kroner", "1,2 mill. kr",
 * "kr 250 000", "300 000 kroner", "2 mrd. kroner", "50 000,-".
 */
public final class AmountParser {

    private static final String NUMBER = "(\\d{1,3}(?:[  .]\\d{3})+|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(milliarder|milliard|mrd\\.?|millioner|million|mill\\.?|mnok|tusen|k)";
    private static final String CURRENCY = "(kroner|kr\\.?|nok|,-)";
    /** "0.5 millioner kroner", "300 000 kr", "2 mrd." (a scale alone is money only with a currency). */
    private static final Pattern AFTER = Pattern.compile(
            "(?<![\\w.,])" + NUMBER + "\\s*(?:" + SCALE + "\\s*" + CURRENCY + "?|" + CURRENCY + ")(?!\\w)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "kr 250 000", "NOK 1,5 millioner". */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<!\\w)(?:kr\\.?|nok)\\s*" + NUMBER + "(?:\\s*" + SCALE + ")?(?![\\w])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AmountParser() {
    }

    /** Amount mentions in order of appearance with their character offsets. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = AFTER.matcher(text);
        while (m.find()) {
            String scale = m.group(2);
            String currency = scale == null ? m.group(4) : m.group(3);
            if (scale != null && currency == null && !isMoneyScale(scale)) {
                continue;
            }
            if (scale != null && "k".equalsIgnoreCase(scale) && currency == null) {
                continue;
            }
            out.add(new Found(m.start(), m.end(), new Amount(m.group().strip(), nok(m.group(1), scale))));
        }
        Matcher b = BEFORE.matcher(text);
        while (b.find()) {
            int start = b.start();
            if (out.stream().noneMatch(f -> f.start() < b.end() && start < f.end())) {
                out.add(new Found(start, b.end(), new Amount(b.group().strip(), nok(b.group(1), b.group(2)))));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static boolean isMoneyScale(String scale) {
        String s = scale.toLowerCase(Locale.ROOT);
        return s.startsWith("mnok");
    }

    /** The value in whole kroner of a number written the Norwegian way, with an optional scale word. */
    public static long nok(String number, String scale) {
        String digits = number.replaceAll("[  ]", "");
        if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
            digits = digits.replace(".", "");
        }
        BigDecimal value = new BigDecimal(digits.replace(',', '.'));
        if (scale != null) {
            String s = scale.toLowerCase(Locale.ROOT);
            if (s.startsWith("milliard") || s.startsWith("mrd")) {
                value = value.multiply(BigDecimal.valueOf(1_000_000_000L));
            } else if (s.startsWith("mill") || s.startsWith("mnok")) {
                value = value.multiply(BigDecimal.valueOf(1_000_000L));
            } else if (s.equals("tusen") || s.equals("k")) {
                value = value.multiply(BigDecimal.valueOf(1_000L));
            }
        }
        return value.longValue();
    }

    public record Found(int start, int end, Amount amount) {}
}
