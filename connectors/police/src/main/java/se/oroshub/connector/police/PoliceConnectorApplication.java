package se.oroshub.connector.police;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.oroshub.connector.support.ConnectorApplication;

/**
 * The police connector: XSD-validated XML documents over HTTP and from a watched transfer directory; receipts and the
 * permitted feedback back over HTTP and into the transfer directory's outbox.
 */
@SpringBootApplication
public class PoliceConnectorApplication {

    public static void main(String[] args) {
        ConnectorApplication.run(PoliceConnectorApplication.class, args);
    }
}
