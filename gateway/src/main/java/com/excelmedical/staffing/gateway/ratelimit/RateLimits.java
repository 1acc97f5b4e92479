package com.excelmedical.staffing.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Token buckets, in this instance's memory or shared through Redis. */
public interface RateLimits {

    /** Takes one request's token from the bucket of this tier and key, if there is one. */
    Mono<Decision> take(Tier tier, String key);
}
