package com.excelmedical.staffing.platform.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "note")
public class Note {

    @Id
    private UUID id;
    private String text;
    @Version
    private long version;

    protected Note() {
    }

    Note(UUID id, String text) {
        this.id = id;
        this.text = text;
    }

    public UUID id() {
        return id;
    }

    public String text() {
        return text;
    }
}
