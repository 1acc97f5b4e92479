package com.excelmedical.staffing.referrals.reward;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The admins' view of rewards and their decisions: approve, deny with a reason, pay with method and reference. */
@RestController
@PreAuthorize("hasRole('admin')")
class RewardController {

    private static final String REWARD = "/referrals/rewards/{rewardId:[0-9a-fA-F-]{36}}";

    private final RewardWorkflow workflow;
    private final Rewards rewards;

    RewardController(RewardWorkflow workflow, Rewards rewards) {
        this.workflow = workflow;
        this.rewards = rewards;
    }

    @GetMapping("/referrals/rewards")
    PageResponse<RewardResponse> list(PageQuery page,
                                      @RequestParam(required = false) @Pattern(regexp = "pending|approved|paid|denied") String status) {
        RewardStatus filter = status == null ? null : RewardStatus.fromCode(status)
                .orElseThrow(() -> new InvalidInputException("status", "must be pending, approved, paid or denied"));
        return PageResponse.of(rewards.page(filter, page.size(), page.offset()).stream().map(RewardResponse::of).toList(),
                page, rewards.count(filter));
    }

    @PostMapping(REWARD + "/approve")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Not pending, the qualifying period has not passed, or decided by someone else meanwhile")
    RewardResponse approve(@PathVariable UUID rewardId, CurrentUser admin) {
        return RewardResponse.of(workflow.approve(rewardId, admin.id()));
    }

    @PostMapping(REWARD + "/deny")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Already paid or denied, or decided by someone else meanwhile")
    RewardResponse deny(@PathVariable UUID rewardId, @Valid @RequestBody RewardRequests.DenyRequest request, CurrentUser admin) {
        return RewardResponse.of(workflow.deny(rewardId, admin.id(), request.reason().strip()));
    }

    @PostMapping(REWARD + "/pay")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Not approved, or decided by someone else meanwhile")
    RewardResponse pay(@PathVariable UUID rewardId, @Valid @RequestBody RewardRequests.PayRequest request, CurrentUser admin) {
        return RewardResponse.of(workflow.pay(rewardId, admin.id(), PaymentMethod.fromCode(request.method()),
                request.reference().strip()));
    }
}
