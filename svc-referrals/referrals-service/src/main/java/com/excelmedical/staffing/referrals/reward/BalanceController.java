package com.excelmedical.staffing.referrals.reward;

import com.excelmedical.staffing.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class BalanceController {

    private final Ledger ledger;

    BalanceController(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The caller's balances as a referrer, computed from the ledger (empty before a first bonus). */
    @GetMapping("/referrals/me/summary")
    SummaryResponse summary(CurrentUser user) {
        return new SummaryResponse(ledger.balances(user.id()).stream()
                .map(b -> new BalanceResponse(b.currency(), b.earned().toPlainString(), b.pending().toPlainString(),
                        b.paid().toPlainString()))
                .toList());
    }

    record SummaryResponse(List<BalanceResponse> balances) {
    }

    /** Decimal strings in {@code currency}. */
    record BalanceResponse(String currency, String earned, String pending, String paid) {
    }
}
