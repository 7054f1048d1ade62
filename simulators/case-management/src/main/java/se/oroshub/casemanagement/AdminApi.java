package se.oroshub.casemanagement;

import java.time.Duration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Switches the simulator's behaviour for demos, e.g.
 * {@code curl -X PUT -H 'Content-Type: application/json' -d '{"mode":"FAILING","remaining":3}' http://127.0.0.1:8185/admin/behaviour}.
 */
@RestController
@RequestMapping("/admin/behaviour")
class AdminApi {

    /** The wire form of a {@link Behaviour}; {@code delayMillis} for SLOW, {@code remaining} negative or absent = until changed. */
    record BehaviourRequest(Behaviour.Mode mode, Long delayMillis, Integer remaining) {

        Behaviour toBehaviour() {
            return new Behaviour(
                    mode, Duration.ofMillis(delayMillis == null ? 0 : delayMillis), remaining == null ? -1 : remaining);
        }
    }

    private final BehaviourSwitch behaviour;

    AdminApi(BehaviourSwitch behaviour) {
        this.behaviour = behaviour;
    }

    @GetMapping
    BehaviourRequest current() {
        Behaviour now = behaviour.current();
        return new BehaviourRequest(now.mode(), now.delay().toMillis(), now.remaining());
    }

    @PutMapping
    BehaviourRequest change(@RequestBody BehaviourRequest request) {
        behaviour.set(request.toBehaviour());
        return current();
    }
}
