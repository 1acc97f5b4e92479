package com.excelmedical.staffing.content.guide;

import com.excelmedical.staffing.content.reference.ReferenceData;
import com.excelmedical.staffing.content.reference.Slugs;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/** City guides: editors write them whole, everyone reads them. */
@Service
public class CityGuides {

    private final MongoOperations mongo;
    private final ReferenceData reference;
    private final Clock clock;

    CityGuides(MongoOperations mongo, ReferenceData reference, Clock clock) {
        this.mongo = mongo;
        this.reference = reference;
        this.clock = clock;
    }

    public Optional<CityGuide> find(String stateCode, String citySlug) {
        return Optional.ofNullable(mongo.findById(CityGuide.id(stateCode, citySlug), CityGuide.class));
    }

    CityGuideResponse write(String stateCode, String citySlug, CityGuideRequest request) {
        if (!reference.isState(stateCode)) {
            throw new InvalidInputException("state", "is not a state code of the platform");
        }
        if (!Slugs.of(request.cityName()).equals(citySlug)) {
            throw new InvalidInputException("cityName", "must be the city the address names (its slug is " + citySlug + ")");
        }
        CityGuide guide = find(stateCode, citySlug).orElse(null);
        if (guide == null) {
            guide = CityGuide.create(stateCode, citySlug, ReferenceData.cityId(stateCode, request.cityName().strip()).toString());
        } else if (request.version() == null) {
            throw new InvalidInputException("version", "must be the version of the guide the edit was made on");
        } else if (request.version() != guide.version()) {
            throw new OptimisticLockingFailureException("guide " + guide.stateCode() + "/" + guide.citySlug() + " changed");
        }
        guide.write(request, clock.instant());
        mongo.save(guide);
        return CityGuideResponse.of(guide);
    }
}
