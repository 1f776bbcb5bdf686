package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestartPolicyTest {

    @Test
    void aRetryCountGoesOnlyWithOnFailureAndIsNeverNegative() {
        assertEquals("invalid restart policy: maximum retry count can only be used with 'on-failure'",
                assertThrows(InvalidParameter.class, () -> new RestartPolicy("always", 3)).getMessage());
        assertEquals("invalid restart policy: maximum retry count can only be used with 'on-failure' and cannot "
                + "be negative", assertThrows(InvalidParameter.class, () -> new RestartPolicy("no", -1)).getMessage());
        assertEquals("invalid restart policy: maximum retry count cannot be negative",
                assertThrows(InvalidParameter.class, () -> new RestartPolicy("on-failure", -2)).getMessage());
        assertEquals(5, new RestartPolicy("on-failure", 5).maximumRetryCount());
    }

    @Test
    void anUnknownNameIsRefusedAndAnEmptyOneIsNo() {
        assertEquals("invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', "
                + "or 'unless-stopped'",
                assertThrows(InvalidParameter.class, () -> new RestartPolicy("sometimes", 0)).getMessage());
        assertEquals(RestartPolicy.NO, new RestartPolicy("", 7));
        assertTrue(new RestartPolicy(null, 0).isNone());
    }

    @Test
    void eachPolicyDecidesAsDockerdsRestartManager() {
        assertFalse(RestartPolicy.NO.restarts(1, false, 0));
        assertTrue(new RestartPolicy("always", 0).restarts(0, true, 50));
        assertTrue(new RestartPolicy("unless-stopped", 0).restarts(0, false, 50));
        assertFalse(new RestartPolicy("unless-stopped", 0).restarts(1, true, 0));
        RestartPolicy twice = new RestartPolicy("on-failure", 2);
        assertTrue(twice.restarts(3, true, 1));
        assertFalse(twice.restarts(3, false, 2));
        assertFalse(twice.restarts(0, false, 0));
        assertTrue(new RestartPolicy("on-failure", 0).restarts(1, false, 1000));
    }

    @Test
    void autoRemoveWithARestartPolicyIsRefused() {
        var host = new HostConfig(true, null, new RestartPolicy("always", 0), null, null, false, false);
        assertEquals("can't create 'AutoRemove' container with restart policy",
                assertThrows(InvalidParameter.class, host::validated).getMessage());
    }
}
