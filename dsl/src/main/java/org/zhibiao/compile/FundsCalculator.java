package org.zhibiao.compile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhibiao.diag.Position;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Places;

/**
 * The funds arithmetic a clerk otherwise does by hand: 合计 from the lines when left blank (for
 * every year column), and each line's 占比 of its block's total, to 2 decimals as the seed
 * prints them (12838.57 / 49824.92 → 25.77). Values a person entered are never replaced; what
 * was computed is listed in the line's {@code computed}.
 */
final class FundsCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FundsCalculator() {}

    static Funds complete(Funds funds) {
        if (funds == null) {
            return null;
        }
        return new Funds(block(funds.income(), "收入合计"), block(funds.expenditure(), "支出合计"), funds.pos());
    }

    private static FundBlock block(FundBlock block, String totalName) {
        if (block == null) {
            return null;
        }
        FundLine given = block.total();
        List<String> computed = new ArrayList<>(given == null ? List.of() : given.computed());
        BigDecimal amount = orSum(given, FundLine::amount, block.items(), "amount", computed);
        BigDecimal prev1 = orSum(given, FundLine::prev1, block.items(), "prev1", computed);
        BigDecimal prev2 = orSum(given, FundLine::prev2, block.items(), "prev2", computed);
        BigDecimal half = orSum(given, FundLine::halfYear, block.items(), "halfYear", computed);
        BigDecimal share = totalShare(given, amount, computed);
        String name = given != null && given.name() != null ? given.name() : totalName;
        Places places = given == null ? null : given.places();
        Position pos = given == null ? null : given.pos();
        FundLine total = new FundLine(name, amount, share, prev1, prev2, half, computed, places, pos);
        List<FundLine> items = new ArrayList<>();
        for (FundLine line : block.items()) {
            items.add(withShare(line, amount));
        }
        return new FundBlock(items, total, block.pos());
    }

    /** 合计's 占比: as entered, else 100 when there is an amount to share. */
    private static BigDecimal totalShare(FundLine given, BigDecimal amount, List<String> computed) {
        if (given != null && given.share() != null) {
            return given.share();
        }
        if (amount != null && amount.signum() > 0) {
            computed.add("share");
            return HUNDRED;
        }
        return null;
    }

    /** 25.770 → 25.77 and 100.00 → 100 (not 1E+2), so a value read back from YAML is equal. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal orSum(
            FundLine given,
            Function<FundLine, BigDecimal> field,
            List<FundLine> items,
            String name,
            List<String> computed) {
        if (given != null && field.apply(given) != null) {
            return field.apply(given);
        }
        BigDecimal sum = null;
        for (FundLine line : items) {
            BigDecimal value = field.apply(line);
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        if (sum != null) {
            computed.add(name);
        }
        return sum;
    }

    private static FundLine withShare(FundLine line, BigDecimal total) {
        if (line.share() != null || line.amount() == null || total == null || total.signum() == 0) {
            return line;
        }
        BigDecimal share = plain(line.amount().multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP));
        List<String> computed = new ArrayList<>(line.computed());
        computed.add("share");
        return new FundLine(
                line.name(),
                line.amount(),
                share,
                line.prev1(),
                line.prev2(),
                line.halfYear(),
                computed,
                line.places(),
                line.pos());
    }
}
