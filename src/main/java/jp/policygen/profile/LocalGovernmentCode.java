package jp.policygen.profile;

/** 全国地方公共団体コード: the sixth digit is a check digit over the first five (modulus 11, weights 6…2). */
public final class LocalGovernmentCode {
    private LocalGovernmentCode() {
    }

    public static int checkDigit(String firstFive) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (firstFive.charAt(i) - '0') * (6 - i);
        }
        int r = sum % 11;
        return r == 0 ? 1 : r == 1 ? 0 : 11 - r;
    }
}
