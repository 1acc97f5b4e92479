package com.excelmedical.staffing.identity.role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

@RestController
class RoleController {

    record RoleResponse(String name, String description, Set<String> permissions) {
    }

    private final RoleCatalog catalog;

    RoleController(RoleCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/identity/roles")
    @PreAuthorize("hasRole('admin')")
    List<RoleResponse> roles() {
        return catalog.all().stream()
                .sorted(Comparator.comparing(Role::name))
                .map(role -> new RoleResponse(role.name(), role.description(), role.permissions()))
                .toList();
    }
}
