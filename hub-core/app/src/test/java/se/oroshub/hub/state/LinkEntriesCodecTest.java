package se.oroshub.hub.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.rules.linking.LinkEntry;

class LinkEntriesCodecTest {

    private static final Instant NOW = Instant.parse("2026-03-11T09:30:00Z");

    @Test
    void entriesSurviveTheStoreCodec() {
        List<LinkEntry> entries =
                List.of(new LinkEntry("a", NOW.minusSeconds(5 * 86_400).plusNanos(17)), new LinkEntry("b", NOW));
        assertThat(LinkEntriesCodec.decode(LinkEntriesCodec.encode(entries))).isEqualTo(entries);
        assertThat(LinkEntriesCodec.decode(LinkEntriesCodec.encode(List.of()))).isEmpty();
        byte[] bytes = LinkEntriesCodec.encode(entries);
        bytes[0] = 7;
        assertThatThrownBy(() -> LinkEntriesCodec.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
    }
}
