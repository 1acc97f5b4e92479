package com.excelmedical.staffing.platform.testapp;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Shows the client address and scheme as the service resolved them (what an audit log would record). */
@RestController
class ClientAddressController {

    @GetMapping("/public/client")
    Map<String, Object> client(HttpServletRequest request) {
        return Map.of("address", request.getRemoteAddr(), "scheme", request.getScheme());
    }
}
