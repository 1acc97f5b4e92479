package com.excelmedical.staffing.content.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void slugIsLowercaseAsciiWordsJoinedByHyphens() {
        assertThat(Slugs.of("Travel Nursing in Zürich, CO!")).isEqualTo("travel-nursing-in-zurich-co");
        assertThat(Slugs.of("  --Labor & Delivery--  ")).isEqualTo("labor-delivery");
        assertThat(Slugs.of("Coeur d'Alene")).isEqualTo("coeur-d-alene");
        assertThat(Slugs.of("!!!")).isEmpty();
    }

    @Test
    void longTitlesAreCutWithoutATrailingHyphen() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void validSlugsOnly() {
        assertThat(Slugs.isValid("san-antonio")).isTrue();
        assertThat(Slugs.isValid("San-Antonio")).isFalse();
        assertThat(Slugs.isValid("san--antonio")).isFalse();
        assertThat(Slugs.isValid("san antonio")).isFalse();
        assertThat(Slugs.isValid("-san")).isFalse();
    }
}
