package com.excelmedical.staffing.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Two recruiters and an editor, created by the admin ({@code POST /api/identity/users}); 409 means already there. */
final class StaffAccounts implements DemoStep {

    @Override
    public String name() {
        return "staff accounts";
    }

    @Override
    public Set<String> needs() {
        return Set.of("identity");
    }

    @Override
    public String load(DemoContext context) {
        String admin = context.adminToken();
        List<String> created = new ArrayList<>();
        for (DemoAccount account : DemoAccount.staff()) {
            int status = context.gateway().post("/api/identity/users", Map.of("email", account.email(),
                            "firstName", account.firstName(), "lastName", account.lastName(),
                            "roles", List.of(account.role().wire()), "password", account.password()), admin)
                    .requireStatus(201, 409).status();
            if (status == 201) {
                created.add(account.email());
            }
        }
        return created.isEmpty() ? "already there" : "created " + String.join(", ", created);
    }
}
