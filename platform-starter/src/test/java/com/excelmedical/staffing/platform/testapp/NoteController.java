package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.ConflictException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Validated
class NoteController {

    enum Colour { RED, GREEN }

    record CreateNote(@NotBlank @Size(max = 50) String text, @Min(1) @Max(5) Integer priority, Colour colour) {
    }

    private final NoteService notes;

    NoteController(NoteService notes) {
        this.notes = notes;
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@Valid @RequestBody CreateNote request, CurrentUser user) {
        NoteCreated created = notes.create(request.text());
        return Map.of("noteId", created.noteId(), "author", user.id());
    }

    @GetMapping("/notes/{id}")
    Map<String, Object> get(@PathVariable UUID id) {
        return Map.of("text", notes.get(id).text());
    }

    @GetMapping("/notes")
    Map<String, Object> page(@RequestParam(defaultValue = "20") @Max(100) int size) {
        return Map.of("size", size);
    }

    @PostMapping("/notes/{id}/archive")
    void archive(@PathVariable UUID id) {
        throw new ConflictException("Note " + id + " is already archived");
    }

    @GetMapping("/admin/notes")
    @PreAuthorize("hasRole('admin')")
    Map<String, Object> adminOnly(CurrentUser user) {
        return Map.of("admin", user.id());
    }

    @GetMapping("/public/ping")
    Map<String, Object> ping() {
        return Map.of("pong", true);
    }

    @GetMapping("/public/echo")
    Map<String, Object> echo(@RequestParam(required = false) String q) {
        return Map.of("q", q == null ? "" : q);
    }

    @GetMapping("/public/letters")
    PageResponse<String> letters(PageQuery page) {
        return PageResponse.slice(List.of("a", "b", "c", "d", "e"), page);
    }

    @GetMapping("/notes/boom")
    Map<String, Object> boom() {
        throw new IllegalStateException("database password is hunter2");
    }
}
