package com.excelmedical.staffing.gateway.routing;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;

/** The area (service) a routed request belongs to, read from the route's metadata. */
public final class Areas {

    public static final String METADATA_KEY = "area";

    private Areas() {
    }

    /** The area of the matched route, or {@code null} when the request matched no route. */
    public static String of(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return null;
        }
        Object area = route.getMetadata().get(METADATA_KEY);
        return area != null ? area.toString() : route.getId();
    }

    /** The id of the matched route, or {@code "none"}. */
    public static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null ? route.getId() : "none";
    }
}
