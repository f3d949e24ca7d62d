package io.smarttriage.text;

/** Checks that tell real card numbers, IBANs, IPv6 addresses and secrets from look-alikes. */
final class ValueChecks {

    private ValueChecks() {}

    /** Returns whether the digits of {@code value} (separators ignored) pass the Luhn check. */
    static boolean passesLuhn(String value) {
        String digits = digitsOf(value);
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }

    /**
     * Returns whether the digits of {@code value} form a payment card number: a length and leading
     * digits that a card network issues (Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, Diners
     * 300-305/36/38/39, JCB 35, Discover and UnionPay 60-65) and the Luhn check.
     */
    static boolean isCardNumber(String value) {
        String digits = digitsOf(value);
        int length = digits.length();
        if (length < 13 || length > 19) {
            return false;
        }
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        boolean issued =
                switch (digits.charAt(0)) {
                    case '4' -> length == 13 || length == 16 || length == 19;
                    case '2' -> four >= 2221 && four <= 2720 && length == 16;
                    case '5' -> two >= 51 && two <= 55 && length == 16;
                    case '3' ->
                            (two == 34 || two == 37) && length == 15
                                    || (four / 10 <= 305 && two == 30 || two == 36 || two >= 38)
                                            && length == 14
                                    || two == 35 && length >= 16;
                    case '6' -> (two == 60 || two >= 62 && two <= 65) && length >= 16;
                    default -> false;
                };
        return issued && passesLuhn(digits);
    }

    /** Returns whether {@code value} (spaces ignored) is an IBAN with a valid mod-97 check. */
    static boolean isIban(String value) {
        String compact = value.replace(" ", "");
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int n = Character.digit(rearranged.charAt(i), 36);
            if (n < 0) {
                return false;
            }
            remainder = (n > 9 ? remainder * 100 + n : remainder * 10 + n) % 97;
        }
        return remainder == 1;
    }

    /** Returns whether {@code value} is a plausible IPv6 address (full or {@code ::} form). */
    static boolean isIpv6(String value) {
        int gap = value.indexOf("::");
        if (gap != value.lastIndexOf("::") || !containsDigit(value)) {
            return false;
        }
        if (gap < 0) {
            return groupsValid(value, 8, 8);
        }
        String head = value.substring(0, gap);
        String tail = value.substring(gap + 2);
        int groups = countGroups(head) + countGroups(tail);
        return groups >= 1 && groups <= 7 && groupsValid(head, 0, 7) && groupsValid(tail, 0, 7);
    }

    /** Returns the Shannon entropy of {@code value} in bits per character. */
    static double entropy(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = term(other, value.length());
        for (int count : counts) {
            bits += term(count, value.length());
        }
        return bits;
    }

    /** Returns the digits of {@code value}, dropping every other character. */
    static String digitsOf(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** Returns how many characters of {@code value} are ASCII digits. */
    static int countDigits(String value) {
        return digitsOf(value).length();
    }

    private static double term(int count, int length) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / length;
        return -p * Math.log(p) / Math.log(2);
    }

    private static boolean containsDigit(String value) {
        return countDigits(value) > 0;
    }

    private static int countGroups(String part) {
        return part.isEmpty() ? 0 : part.split(":", -1).length;
    }

    private static boolean groupsValid(String part, int min, int max) {
        if (part.isEmpty()) {
            return min == 0;
        }
        String[] groups = part.split(":", -1);
        if (groups.length < min || groups.length > max) {
            return false;
        }
        for (String group : groups) {
            if (group.isEmpty() || group.length() > 4) {
                return false;
            }
        }
        return true;
    }
}
