package com.excelmedical.staffing.identity.role;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Set;
import java.util.TreeSet;

/** A role and the {@code module:action} permissions it carries (reference data, seeded by Flyway). */
@Entity
@Table(name = "roles")
public class Role {

    @Id
    private String name;
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_permissions", joinColumns = @JoinColumn(name = "role"))
    @Column(name = "permission")
    private Set<String> permissions = new TreeSet<>();

    protected Role() {
    }

    public String name() { return name; }
    public String description() { return description; }
    public Set<String> permissions() { return Set.copyOf(permissions); }
}
