package org.carbonneutral.disclosure.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import org.carbonneutral.disclosure.config.WebhooksConfig;
import org.carbonneutral.disclosure.domain.WebhookTargetRule;

/**
 * The webhook target rule as configured: the system resolver, and insecure targets (http, loopback) only where
 * {@code suite.webhooks.allow-insecure-targets} is true (the test profile). Checking resolves a name: blocking.
 */
@ApplicationScoped
public class WebhookTargets {

    private final WebhookTargetRule rule;

    public WebhookTargets(WebhooksConfig config) {
        this.rule = new WebhookTargetRule(config.allowInsecureTargets(), InetAddress::getAllByName);
    }

    public WebhookTargetRule rule() {
        return rule;
    }
}
