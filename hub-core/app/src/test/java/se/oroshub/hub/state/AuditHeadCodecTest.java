package se.oroshub.hub.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.oroshub.hub.rules.audit.AuditHead;

class AuditHeadCodecTest {

    private static final AuditHead HEAD =
            new AuditHead("0180/intake-3", 4, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    @Test
    void headSurvivesTheStoreEncoding() {
        assertThat(AuditHeadCodec.encode(HEAD)[0]).isEqualTo(AuditHeadCodec.VERSION);
        assertThat(AuditHeadCodec.decode(AuditHeadCodec.encode(HEAD))).isEqualTo(HEAD);
        assertThat(AuditHeadCodec.decode(AuditHeadCodec.encode(AuditHead.genesis("hub"))))
                .isEqualTo(AuditHead.genesis("hub"));
    }

    @Test
    void aHeadWrittenBeforeTheVersionByteIsStillRead() {
        byte[] text = (HEAD.hash() + HEAD.chain()).getBytes(StandardCharsets.UTF_8);
        byte[] version0 = ByteBuffer.allocate(Long.BYTES + text.length)
                .putLong(HEAD.sequence())
                .put(text)
                .array();

        assertThat(AuditHeadCodec.decode(version0)).isEqualTo(HEAD);
    }

    @Test
    void unknownVersionIsRejected() {
        byte[] bytes = AuditHeadCodec.encode(HEAD);
        bytes[0] = 2;
        assertThatThrownBy(() -> AuditHeadCodec.decode(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void truncatedBytesAreRejected() {
        byte[] bytes = AuditHeadCodec.encode(HEAD);
        assertThatThrownBy(() -> AuditHeadCodec.decode(Arrays.copyOf(bytes, 40)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
