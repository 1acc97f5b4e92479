package com.excelmedical.staffing.referrals.code;

import com.excelmedical.staffing.platform.security.CurrentUser;
import com.excelmedical.staffing.referrals.ReferralsProperties;
import com.excelmedical.staffing.referrals.support.ShortCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CodeController {

    private final ReferralCodes codes;
    private final ReferralsProperties properties;

    CodeController(ReferralCodes codes, ReferralsProperties properties) {
        this.codes = codes;
        this.properties = properties;
    }

    /** The caller's code, created on the spot when their registration has not been processed yet. */
    @GetMapping("/referrals/me/code")
    CodeResponse myCode(CurrentUser user) {
        ShortCode code = codes.ensure(user.id());
        return new CodeResponse(code.value(), properties.link("/register?ref=" + code.value()));
    }

    record CodeResponse(String code, String shareUrl) {
    }
}
