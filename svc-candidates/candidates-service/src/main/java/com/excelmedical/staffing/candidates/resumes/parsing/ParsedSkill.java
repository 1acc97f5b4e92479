package com.excelmedical.staffing.candidates.resumes.parsing;

/** A skill, as listed under a skills heading or recognised from a list of common clinical skills. */
public record ParsedSkill(String name, double confidence) {

    public ParsedSkill {
        Confidence.check(confidence);
    }
}
