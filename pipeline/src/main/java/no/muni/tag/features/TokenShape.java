package no.muni.tag.features;

/** Word shape: upper → X, lower → x, digit → d, others kept; runs of one class collapsed. */
public final class TokenShape {

    private TokenShape() {
    }

    public static String of(String token) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (cls != last) {
                sb.append(cls);
                last = cls;
            }
        }
        return sb.toString();
    }
}
